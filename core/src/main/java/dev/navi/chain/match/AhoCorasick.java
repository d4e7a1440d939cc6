package dev.navi.chain.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over UTF-16 chars: finds every occurrence of every pattern in one left-to-right pass,
 * whatever the number of patterns. Matching is exact (callers normalise text and patterns first).
 *
 * <p>Layout: the root has a dense 65,536-entry transition table (most characters of Chinese text lead nowhere and are
 * skipped with one array read); other states keep their outgoing edges as a sorted slice of shared {@code char[]} /
 * {@code int[]} arrays. Failure links are precomputed, and each state's output list already includes the outputs of its
 * failure chain, so reporting is a plain array walk.
 *
 * <p>Immutable and thread-safe after {@link #build}.
 */
public final class AhoCorasick {

    /** Receives one occurrence: the pattern's index in the build list and its [start, end) char offsets. */
    @FunctionalInterface
    public interface Hit {
        void on(int pattern, int start, int end);
    }

    private final int[] root;
    private final int[] edgeStart; // per state, index into edgeChars/edgeTargets; edgeStart[s+1] ends it
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;

    private AhoCorasick(int[] root, int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] fail, int[][] outputs,
                        int[] lengths) {
        this.root = root;
        this.edgeStart = edgeStart;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.fail = fail;
        this.outputs = outputs;
        this.lengths = lengths;
    }

    /**
     * Builds the automaton. Empty patterns are not allowed; duplicate patterns are allowed and each is reported.
     */
    public static AhoCorasick build(List<String> patterns) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new TreeMap<>());
        own.add(new ArrayList<>());
        int[] lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty pattern at index " + p);
            }
            lengths[p] = s.length();
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                Integer nx = children.get(state).get(c);
                if (nx == null) {
                    nx = children.size();
                    children.add(new TreeMap<>());
                    own.add(new ArrayList<>());
                    children.get(state).put(c, nx);
                }
                state = nx;
            }
            own.get(state).add(p);
        }
        int n = children.size();
        int[] edgeStart = new int[n + 1];
        int edges = 0;
        for (int s = 0; s < n; s++) {
            edgeStart[s] = edges;
            edges += children.get(s).size();
        }
        edgeStart[n] = edges;
        char[] edgeChars = new char[edges];
        int[] edgeTargets = new int[edges];
        for (int s = 0; s < n; s++) {
            int k = edgeStart[s];
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                edgeChars[k] = e.getKey();
                edgeTargets[k] = e.getValue();
                k++;
            }
        }
        int[] root = new int[65536];
        for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
            root[e.getKey()] = e.getValue();
        }
        // BFS for failure links and merged outputs
        int[] fail = new int[n];
        int[][] outputs = new int[n][];
        outputs[0] = new int[0];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : children.get(0).values()) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] mine = own.get(s).stream().mapToInt(Integer::intValue).toArray();
            int[] inherited = outputs[fail[s]];
            int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
            System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
            outputs[s] = merged;
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                char c = e.getKey();
                int t = e.getValue();
                int f = fail[s];
                int g;
                while ((g = step(f, c, root, edgeStart, edgeChars, edgeTargets)) < 0) {
                    f = fail[f];
                }
                fail[t] = g;
                queue.add(t);
            }
        }
        return new AhoCorasick(root, edgeStart, edgeChars, edgeTargets, fail, outputs, lengths);
    }

    /** Number of patterns. */
    public int size() {
        return lengths.length;
    }

    /** Reports every occurrence of every pattern in {@code text}, in order of end offset. */
    public void scan(CharSequence text, Hit hit) {
        char[] chars = text.toString().toCharArray();
        scan(chars, chars.length, hit);
    }

    /** Reports every occurrence of every pattern in {@code text[0, n)}, in order of end offset. */
    public void scan(char[] text, int n, Hit hit) {
        int state = 0;
        int[] rootT = root;
        int[][] out = outputs;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (state == 0) {
                state = rootT[c];
            } else {
                int g;
                while ((g = step(state, c, rootT, edgeStart, edgeChars, edgeTargets)) < 0) {
                    state = fail[state];
                }
                state = g;
            }
            if (state != 0) {
                int[] o = out[state];
                for (int k = 0; k < o.length; k++) {
                    int p = o[k];
                    hit.on(p, i + 1 - lengths[p], i + 1);
                }
            }
        }
    }

    /** The goto function; -1 when a non-root state has no edge for {@code c} (root never fails). */
    private static int step(int state, char c, int[] root, int[] edgeStart, char[] edgeChars, int[] edgeTargets) {
        if (state == 0) {
            return root[c];
        }
        int lo = edgeStart[state];
        int hi = edgeStart[state + 1] - 1;
        if (hi - lo < 8) {
            for (int k = lo; k <= hi; k++) {
                if (edgeChars[k] == c) {
                    return edgeTargets[k];
                }
            }
            return -1;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChars[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTargets[mid];
            }
        }
        return -1;
    }
}
