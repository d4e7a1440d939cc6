package dev.navi.text;

import java.util.Collection;
import java.util.Locale;

/**
 * The "did you mean" of every file navi reads from the analyst (chain map keys, project-file keys and values,
 * industry-table headers and node ids): the valid word closest to a misspelt one. Stateless; arguments must not be
 * null.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The valid word closest to {@code word}, or null when none is close enough. Case is ignored and {@code -} and
     * {@code _} are alike; a valid word equal to {@code word} once separators are dropped ({@code peerregions} for
     * {@code peer_regions}) is returned at once. Otherwise the closest word by optimal-string-alignment distance (a
     * swapped pair of letters, {@code regoin}, is one edit) wins when it is within {@code max(1, min(maxEdits,
     * length / 3))} edits, so short words need a near match; the first of equally close words wins.
     *
     * @param maxEdits the most edits accepted for a long word
     */
    public static String closest(String word, Collection<String> valid, int maxEdits) {
        String k = key(word);
        String bare = k.replace("_", "");
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String v : valid) {
            String lv = key(v);
            if (lv.replace("_", "").equals(bare)) {
                return v;
            }
            int d = distance(k, lv);
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return bestD <= Math.max(1, Math.min(maxEdits, k.length() / 3)) ? best : null;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Optimal string alignment (restricted Damerau–Levenshtein) distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
