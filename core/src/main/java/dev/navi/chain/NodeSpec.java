package dev.navi.chain;

import java.util.List;

/**
 * A chain node as the tagger sees it: its id, its own rules and its children's ids. A node matches what its rules match
 * and, in addition, whatever any node below it matches (a branch includes its sub-branches); a node without rules of
 * its own is therefore the union of its children.
 */
public record NodeSpec(String id, List<RuleSpec> rules, List<String> children) {
    public NodeSpec {
        rules = List.copyOf(rules);
        children = List.copyOf(children);
    }
}
