package dev.navi.chain.match;

import java.util.Objects;

/**
 * One assignment of a record to a chain node, with the audit trail.
 *
 * @param nodeId    the node's id
 * @param ruleLabel the label of the first rule of the node that matched, or {@code children} when the node has no
 *                  rules and was assigned because a descendant matched
 * @param matchedBy what hit, e.g. {@code ipc H01M4/525 ~ H01M4/52}, {@code TI:正极材料, lithium}, or for
 *                  {@code children} the ids of the children whose subtree matched; never null
 */
public record Tag(String nodeId, String ruleLabel, String matchedBy) {
    /** The rule label of a tag that comes from the node's children. */
    public static final String CHILDREN = "children";

    public Tag {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(ruleLabel, "ruleLabel");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }
}
