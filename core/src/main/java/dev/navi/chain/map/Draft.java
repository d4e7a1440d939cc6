package dev.navi.chain.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain map as read, before it is checked: every value keeps where it came from, so that every problem can name
 * its line (or sheet and row). Both readers (YAML/JSON and the decomposition table) produce drafts; {@link Assembler}
 * checks them and builds the immutable {@link ChainMap}.
 */
final class Draft {
    private Draft() {
    }

    /** A place in the input: the location text shown to the user and a sort key (line or row, then column). */
    record Where(String text, int line, int column) {
    }

    /** A text value and where it was. */
    record Val(String text, Where where) {
    }

    /** The industry (top of the map). */
    static final class Industry {
        Val id;
        Val zh;
        Val en;
        Val description;
        Where where;
    }

    /** One rule: the conditions that are given are AND-ed. */
    static final class Rule {
        String label;
        Where labelWhere;
        final List<Val> ipc = new ArrayList<>();
        boolean mainOnly;
        final List<Val> cpc = new ArrayList<>();
        Val query;
        Where where;
    }

    /** One node. */
    static final class Node {
        /** 1-based position among the siblings, from the root: {@code [1, 2, 3]}. */
        List<Integer> position;
        Where where;
        Val id;
        Val zh;
        Val en;
        Val description;
        boolean key;
        final List<Rule> rules = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        /** Filled in by the assembler. */
        String resolvedId;
    }
}
