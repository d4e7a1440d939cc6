package dev.navi.metrics.direction;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.stats.LifeCycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the life-cycle stages of a chain map consistent across levels. A parent node is the union of its children,
 * yet its stage is called on its own (larger) series, so a volume threshold alone could call a parent 成熟期 while
 * every child is 萌芽期. Rule: stages are ordered 萌芽 &lt; 成长 &lt; 成熟 &lt; 衰退, and a parent's stage is clamped into
 * the range of its children's stages (children with 数据不足 are ignored; a parent whose children all lack data keeps
 * its own call). Applied bottom-up, so a grandparent is clamped against its children's clamped stages.
 */
final class LifeCycleHierarchy {
    /** The rule in English, for the table note. */
    static final String RULE_EN = "A parent node's stage is kept within the range of its children's stages "
            + "(emerging < growth < mature < decline; children with insufficient data ignored).";
    /** {@link #RULE_EN} in Chinese. */
    static final String RULE_ZH = "上级环节的阶段保持在其下级环节阶段的范围之内（萌芽期 < 成长期 < 成熟期 < 衰退期；数据不足的下级环节不计）。";

    private LifeCycleHierarchy() {
    }

    /**
     * The adjusted stages: node id → {stage name, Chinese reason suffix, English reason suffix}, for the nodes whose
     * own call was changed; nodes not in the result keep {@code assessed}'s stage.
     *
     * @param nodes    every node of the map, parents before their children (depth-first order)
     * @param assessed each node's own assessment
     */
    static Map<String, String[]> reconcile(List<ChainNode> nodes, Map<String, LifeCycle.Assessment> assessed) {
        Map<String, LifeCycle.Stage> stage = new HashMap<>();
        assessed.forEach((id, a) -> stage.put(id, a.stage()));
        Map<String, String[]> out = new HashMap<>();
        List<ChainNode> bottomUp = new ArrayList<>(nodes);
        java.util.Collections.reverse(bottomUp);
        for (ChainNode n : bottomUp) {
            LifeCycle.Stage own = stage.get(n.id());
            if (n.isLeaf() || own == null || own == LifeCycle.Stage.INSUFFICIENT_DATA) {
                continue;
            }
            LifeCycle.Stage min = null;
            LifeCycle.Stage max = null;
            for (ChainNode c : n.children()) {
                LifeCycle.Stage cs = stage.get(c.id());
                if (cs == null || cs == LifeCycle.Stage.INSUFFICIENT_DATA) {
                    continue;
                }
                min = min == null || cs.ordinal() < min.ordinal() ? cs : min;
                max = max == null || cs.ordinal() > max.ordinal() ? cs : max;
            }
            if (min == null) {
                continue;
            }
            LifeCycle.Stage clamped = own.ordinal() < min.ordinal() ? min : own.ordinal() > max.ordinal() ? max : own;
            if (clamped != own) {
                stage.put(n.id(), clamped);
                out.put(n.id(), new String[] {clamped.name(),
                        "按自身序列判为" + own.zh() + "；其下级环节均处于" + range(min, max, true) + "，上级环节阶段不超出下级环节范围，故判为"
                                + clamped.zh() + "。",
                        " Its own series reads " + own.en() + "; its sub-branches are all " + range(min, max, false)
                                + ", and a parent stays within its children's range, so it is called " + clamped.en() + "."});
            }
        }
        return out;
    }

    private static String range(LifeCycle.Stage min, LifeCycle.Stage max, boolean zh) {
        if (min == max) {
            return zh ? min.zh() : min.en();
        }
        return zh ? min.zh() + "至" + max.zh() : min.en() + " to " + max.en();
    }
}
