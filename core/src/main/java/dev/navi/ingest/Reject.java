package dev.navi.ingest;

/**
 * A row that did not become a record.
 *
 * @param file   the input file as the user named it
 * @param sheet  the sheet, or {@code null} for text files
 * @param row    1-based row (text: the physical line the row starts on)
 * @param reason {@code category: detail}; the category is what the summary counts by
 * @param raw    the row's original text
 */
public record Reject(String file, String sheet, long row, String reason, String raw) {
    /** The part of the reason before the first colon. */
    public String category() {
        int c = reason.indexOf(':');
        return c < 0 ? reason : reason.substring(0, c);
    }
}
