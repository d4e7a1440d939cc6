package dev.navi.chain.match;

import dev.navi.chain.query.TextNormaliser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Finds which of many search terms occur in a {@link TextNormaliser normalised} text, in one pass of an
 * {@link AhoCorasick} automaton, applying the word-boundary rules of the query language at match time:
 *
 * <ul>
 *   <li>An end of a term that is a Latin letter or digit must sit at a word boundary in the text (the neighbouring
 *       text character is not a {@link TextNormaliser#isWordChar word character}), so {@code cell} does not match
 *       {@code cellulose} or {@code subcell}, while {@code lifepo4} matches in {@code 采用lifepo4材料}.</li>
 *   <li>A prefix term ({@code cell*}) skips the check at its right end.</li>
 *   <li>A CJK end needs no boundary: {@code 电池} matches inside {@code 锂离子电池组}. A mixed term checks only its Latin
 *       end ({@code led灯} does not match {@code oled灯}).</li>
 *   <li>Phrases are single patterns over the normalised text (words separated by one space).</li>
 * </ul>
 *
 * <p>Patterns that share a normalised text share one automaton entry. Immutable and thread-safe.
 */
public final class TermMatcher {

    /**
     * One term to look for.
     *
     * @param text   normalised text, not empty
     * @param prefix whether the last word may continue
     */
    public record Pattern(String text, boolean prefix) {
        public Pattern {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty pattern");
            }
        }
    }

    private final AhoCorasick automaton;
    /** Per automaton pattern: the term ids it stands for, and which ends need a boundary (bit 1 left, bit 2 right). */
    private final int[][] termIds;
    private final int[][] boundaryFlags;
    private final int size;

    private TermMatcher(AhoCorasick automaton, int[][] termIds, int[][] boundaryFlags, int size) {
        this.automaton = automaton;
        this.termIds = termIds;
        this.boundaryFlags = boundaryFlags;
        this.size = size;
    }

    /** Compiles the patterns; a pattern's id in {@link #scan} is its index in this list. */
    public static TermMatcher compile(List<Pattern> patterns) {
        Map<String, List<int[]>> byText = new LinkedHashMap<>();
        for (int id = 0; id < patterns.size(); id++) {
            Pattern p = patterns.get(id);
            String t = p.text();
            int flags = 0;
            if (TextNormaliser.isWordChar(t.charAt(0))) {
                flags |= 1;
            }
            if (!p.prefix() && TextNormaliser.isWordChar(t.charAt(t.length() - 1))) {
                flags |= 2;
            }
            byText.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {id, flags});
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        int[][] ids = new int[texts.size()][];
        int[][] flags = new int[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            List<int[]> list = byText.get(texts.get(i));
            ids[i] = list.stream().mapToInt(a -> a[0]).toArray();
            flags[i] = list.stream().mapToInt(a -> a[1]).toArray();
        }
        return new TermMatcher(AhoCorasick.build(texts), ids, flags, patterns.size());
    }

    /** Number of patterns. */
    public int size() {
        return size;
    }

    /**
     * Reports the id of every pattern that occurs in {@code normalisedText} (possibly several times per id).
     *
     * @param normalisedText text already passed through {@link TextNormaliser#normalise}
     */
    public void scan(String normalisedText, IntConsumer found) {
        char[] chars = normalisedText.toCharArray();
        scan(chars, chars.length, found);
    }

    /**
     * Reports the id of every pattern that occurs in {@code normalisedText[0, n)} (possibly several times per id).
     *
     * @param normalisedText text already passed through {@link TextNormaliser#normalise(CharSequence,
     *                       TextNormaliser.Buffer)}
     */
    public void scan(char[] normalisedText, int n, IntConsumer found) {
        automaton.scan(normalisedText, n, (pattern, start, end) -> {
            int[] fl = boundaryFlags[pattern];
            int[] ids = termIds[pattern];
            boolean leftOk = start == 0 || !TextNormaliser.isWordChar(normalisedText[start - 1]);
            boolean rightOk = end == n || !TextNormaliser.isWordChar(normalisedText[end]);
            for (int k = 0; k < ids.length; k++) {
                int f = fl[k];
                if (((f & 1) == 0 || leftOk) && ((f & 2) == 0 || rightOk)) {
                    found.accept(ids[k]);
                }
            }
        });
    }
}
