package dev.navi.chain.map;

import dev.navi.chain.NodeSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An industry-chain map (产业链结构图): the industry and the tree of its segments and technology branches. Immutable;
 * node ids are unique across the whole tree (checked here).
 *
 * @param id          the industry's id; never blank
 * @param nameZh      the industry's Chinese name, or {@code null}
 * @param nameEn      the industry's English name, or {@code null}; at least one name is given
 * @param description free text, or {@code null}
 * @param roots       the top-level nodes (usually the segments); never empty
 * @param source      where the map was read from (a file name), or {@code null} for a map built in code
 */
public record ChainMap(String id, String nameZh, String nameEn, String description, List<ChainNode> roots,
                       String source) {

    /**
     * A node in its place: the ids from the root down to it, its parent's id ({@code null} for a top-level node) and
     * its level (1 for a top-level node).
     */
    public record Entry(ChainNode node, String parentId, List<String> path, int level) {
        public Entry {
            path = List.copyOf(path);
        }

        /** The path as {@code upstream/cathode/lfp}. */
        public String pathText() {
            return String.join("/", path);
        }
    }

    public ChainMap {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a chain map needs an id");
        }
        nameZh = ChainNode.blankToNull(nameZh);
        nameEn = ChainNode.blankToNull(nameEn);
        description = ChainNode.blankToNull(description);
        if (nameZh == null && nameEn == null) {
            throw new IllegalArgumentException("chain map " + id + " needs a Chinese or an English name");
        }
        roots = List.copyOf(roots);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("chain map " + id + " has no nodes");
        }
        Set<String> seen = new HashSet<>();
        for (Entry e : walk(roots)) {
            if (!seen.add(e.node().id())) {
                throw new IllegalArgumentException("chain map " + id + ": node id '" + e.node().id() + "' is used twice");
            }
        }
    }

    /** The industry's Chinese name if there is one, else its English name. */
    public String name() {
        return nameZh != null ? nameZh : nameEn;
    }

    /** Every node, depth first in the analyst's order, with its path and level. */
    public List<Entry> entries() {
        return walk(roots);
    }

    /** Every node, depth first. */
    public List<ChainNode> nodes() {
        return entries().stream().map(Entry::node).toList();
    }

    /** The number of nodes. */
    public int size() {
        return entries().size();
    }

    /** The node with this id. */
    public Optional<ChainNode> node(String nodeId) {
        return entry(nodeId).map(Entry::node);
    }

    /** The node with this id in its place. */
    public Optional<Entry> entry(String nodeId) {
        return entries().stream().filter(e -> e.node().id().equals(nodeId)).findFirst();
    }

    /** The parent of the node with this id; empty for a top-level node or an unknown id. */
    public Optional<ChainNode> parent(String nodeId) {
        return entry(nodeId).map(Entry::parentId).flatMap(this::node);
    }

    /** The nodes flagged as key products or components. */
    public List<ChainNode> keyProducts() {
        return nodes().stream().filter(ChainNode::keyProduct).toList();
    }

    /**
     * The map as the tagger sees it, depth first: each node's id, its own rules and its children's ids. A node with no
     * rules is the union of its children.
     */
    public List<NodeSpec> toNodeSpecs() {
        return nodes().stream()
                .map(n -> new NodeSpec(n.id(), n.rules(), n.children().stream().map(ChainNode::id).toList()))
                .toList();
    }

    private static List<Entry> walk(List<ChainNode> roots) {
        List<Entry> out = new ArrayList<>();
        for (ChainNode r : roots) {
            walk(r, null, List.of(), 1, out);
        }
        return out;
    }

    private static void walk(ChainNode n, String parentId, List<String> parentPath, int level, List<Entry> out) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(n.id());
        out.add(new Entry(n, parentId, path, level));
        for (ChainNode c : n.children()) {
            walk(c, n.id(), path, level + 1, out);
        }
    }
}
