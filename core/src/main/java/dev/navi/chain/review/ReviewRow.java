package dev.navi.chain.review;

/**
 * One row of the review workbook.
 *
 * @param node        node id
 * @param nodeName    node name for the reader
 * @param tagged      true for a record the rules tagged to the node (checks precision), false for one they did not
 *                    (checks recall)
 * @param publication publication number
 * @param title       title
 * @param abstractText abstract (may be cut)
 * @param matchedBy   what matched, for tagged rows
 * @param verdict     the analyst's verdict: {@code correct}, {@code wrong} (tagged rows) or {@code correct},
 *                    {@code missing} (untagged rows); {@code null} when not reviewed
 */
public record ReviewRow(String node, String nodeName, boolean tagged, String publication, String title, String abstractText,
                        String matchedBy, String verdict) {
}
