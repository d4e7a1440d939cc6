package dev.navi.chain.map;

import dev.navi.chain.RuleSpec;

import java.util.List;

/**
 * One node of an industry-chain map: a segment (上游/中游/下游) or a technology branch (技术分支), with its own rules and
 * its children. Immutable; lists are copied.
 *
 * @param id          unique within the map; never blank
 * @param nameZh      Chinese name, or {@code null}; at least one of {@code nameZh} and {@code nameEn} is given
 * @param nameEn      English name, or {@code null}
 * @param description free text, or {@code null}
 * @param keyProduct  the node is a key product or component (关键产品/零部件), used by the product-control metrics
 * @param rules       the node's own rules, OR-ed; empty when the node is the union of its children
 * @param children    the sub-branches, in the analyst's order
 */
public record ChainNode(String id, String nameZh, String nameEn, String description, boolean keyProduct,
                        List<RuleSpec> rules, List<ChainNode> children) {
    public ChainNode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a chain node needs an id");
        }
        nameZh = blankToNull(nameZh);
        nameEn = blankToNull(nameEn);
        description = blankToNull(description);
        if (nameZh == null && nameEn == null) {
            throw new IllegalArgumentException("chain node " + id + " needs a Chinese or an English name");
        }
        rules = List.copyOf(rules);
        children = List.copyOf(children);
    }

    /** The Chinese name if there is one, else the English name. */
    public String name() {
        return nameZh != null ? nameZh : nameEn;
    }

    /** The name in the given language ({@code "en"} for English, anything else for Chinese), falling back to the other. */
    public String name(String lang) {
        if ("en".equalsIgnoreCase(lang)) {
            return nameEn != null ? nameEn : nameZh;
        }
        return name();
    }

    /** Both names, {@code 中文 / English}, or the one that is given. */
    public String displayName() {
        if (nameZh != null && nameEn != null) {
            return nameZh + " / " + nameEn;
        }
        return name();
    }

    /** True when the node has no children. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
