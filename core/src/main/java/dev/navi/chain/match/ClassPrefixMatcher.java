package dev.navi.chain.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds which of many classification prefixes a code starts with, by walking a trie once along the code: the cost
 * is the code's length, not the number of prefixes. Prefixes and codes must be in {@link ClassCodes} normal form
 * (the alphabet is {@code A-Z}, {@code 0-9} and {@code /}). Immutable and thread-safe.
 */
public final class ClassPrefixMatcher {

    private static final int ALPHABET = 37;

    private final int[][] next;
    private final int[][] terminal;

    private ClassPrefixMatcher(int[][] next, int[][] terminal) {
        this.next = next;
        this.terminal = terminal;
    }

    /** Compiles the prefixes; a prefix's id in {@link #forEachMatch} is its index in this list. */
    public static ClassPrefixMatcher of(List<String> normalisedPrefixes) {
        List<int[]> next = new ArrayList<>();
        List<int[]> terminal = new ArrayList<>();
        next.add(empty());
        terminal.add(new int[0]);
        for (int id = 0; id < normalisedPrefixes.size(); id++) {
            String p = normalisedPrefixes.get(id);
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int c = index(p.charAt(i));
                if (c < 0) {
                    throw new IllegalArgumentException("not a normalised classification prefix: " + p);
                }
                if (next.get(state)[c] < 0) {
                    next.get(state)[c] = next.size();
                    next.add(empty());
                    terminal.add(new int[0]);
                }
                state = next.get(state)[c];
            }
            int[] t = terminal.get(state);
            t = Arrays.copyOf(t, t.length + 1);
            t[t.length - 1] = id;
            terminal.set(state, t);
        }
        return new ClassPrefixMatcher(next.toArray(new int[0][]), terminal.toArray(new int[0][]));
    }

    /** Reports the id of every prefix that {@code normalisedCode} starts with, shortest first. */
    public void forEachMatch(String normalisedCode, IntConsumer found) {
        int state = 0;
        for (int i = 0; i < normalisedCode.length(); i++) {
            int c = index(normalisedCode.charAt(i));
            if (c < 0 || (state = next[state][c]) < 0) {
                return;
            }
            for (int id : terminal[state]) {
                found.accept(id);
            }
        }
    }

    private static int[] empty() {
        int[] a = new int[ALPHABET];
        Arrays.fill(a, -1);
        return a;
    }

    private static int index(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == '/' ? 36 : -1;
    }
}
