package dev.navi.industry;

import java.util.List;
import java.util.Locale;

/** The "did you mean" of the industry inputs: the closest valid word within a small edit distance. */
final class Hints {
    private Hints() {
    }

    /** The valid word closest to {@code word} (case-insensitive, '-' and '_' alike), or null when none is close. */
    static String closest(String word, List<String> valid) {
        String k = word.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(k, v.toLowerCase(Locale.ROOT).replace('-', '_'));
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return bestD <= Math.max(1, Math.min(3, k.length() / 3)) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
