package dev.navi.chain.match;

import dev.navi.chain.NodeSpec;
import dev.navi.chain.RuleSpec;
import dev.navi.chain.query.QuerySyntaxException;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaggerTest {

    // ---------------------------------------------------------------- helpers

    private static Patent.Builder record() {
        return Patent.builder().provenance(new Provenance("t.csv", null, 2, "test"));
    }

    private static Patent text(String title, String abstractText) {
        return record().title(title).abstractText(abstractText).build();
    }

    private static RuleSpec query(String label, String query) {
        return new RuleSpec(label, List.of(), false, List.of(), query);
    }

    private static RuleSpec ipc(String label, boolean mainOnly, String... prefixes) {
        return new RuleSpec(label, List.of(prefixes), mainOnly, List.of(), null);
    }

    private static NodeSpec leaf(String id, RuleSpec... rules) {
        return new NodeSpec(id, List.of(rules), List.of());
    }

    /** Tags one record against a single node with a single query rule; returns whether it matched. */
    private static boolean matches(String query, Patent p) {
        Tagger tagger = Tagger.compile(List.of(leaf("n", query("q", query))));
        return !tagger.tag(p).isEmpty();
    }

    private static List<String> nodes(List<Tag> tags) {
        return tags.stream().map(Tag::nodeId).toList();
    }

    // ---------------------------------------------------------------- keywords

    @Test
    void phraseMatchesTheExactWordSequence() {
        // given
        String q = "\"positive electrode material\"";

        // then
        assertThat(matches(q, text("Positive electrode material for Li-ion cells", null))).isTrue();
        assertThat(matches(q, text("positive-electrode material", null))).isTrue();
        assertThat(matches(q, text("material for the positive electrode", null))).isFalse();
        assertThat(matches("\"正极 材料\"", text("一种锂电池正极材料及其制备方法", null))).isTrue();
        assertThat(matches("\"正极材料\"", text("正极，材料", null))).isFalse();
    }

    @Test
    void fieldScopeRestrictsWhereATermMayOccur() {
        // given
        Patent abstractOnly = text("一种电池", "本发明公开了一种正极材料");
        Patent claimOnly = record().title("battery").firstClaim("a separator comprising polyethylene").build();

        // then
        assertThat(matches("TI:正极材料", abstractOnly)).isFalse();
        assertThat(matches("AB:正极材料", abstractOnly)).isTrue();
        assertThat(matches("TIAB:正极材料", abstractOnly)).isTrue();
        assertThat(matches("正极材料", abstractOnly)).isTrue();
        assertThat(matches("CL:正极材料", abstractOnly)).isFalse();
        assertThat(matches("TIAB:separator", claimOnly)).isFalse();
        assertThat(matches("CL:separator", claimOnly)).isTrue();
        assertThat(matches("ALL:separator AND TI:battery", claimOnly)).isTrue();
        assertThat(matches("TI:(battery AND separator)", claimOnly)).isFalse();
    }

    @Test
    void notExcludesAndWorksAlone() {
        // given
        Patent sodium = text("钠离子电池正极材料", null);
        Patent lithium = text("锂离子电池正极材料", null);

        // then
        assertThat(matches("正极材料 NOT 钠离子", sodium)).isFalse();
        assertThat(matches("正极材料 NOT 钠离子", lithium)).isTrue();
        assertThat(matches("NOT 钠离子", lithium)).isTrue();
        assertThat(matches("NOT 钠离子", sodium)).isFalse();
        assertThat(matches("NOT 钠离子", record().build())).isTrue();
    }

    @Test
    void andBindsTighterThanOr() {
        // given: only "a"-term present → "a OR b AND c" holds, "(a OR b) AND c" does not
        Patent onlyAnode = text("anode", null);

        // then
        assertThat(matches("anode OR cathode AND binder", onlyAnode)).isTrue();
        assertThat(matches("(anode OR cathode) AND binder", onlyAnode)).isFalse();
        assertThat(matches("(anode OR cathode) AND binder", text("anode binder", null))).isTrue();
        assertThat(matches("cathode AND binder OR anode", text("cathode", null))).isFalse();
    }

    @Test
    void wildcardWholeWordsAndHyphenVariants() {
        assertThat(matches("cell", text("Cellulose membrane", null))).isFalse();
        assertThat(matches("cell*", text("Cellulose membrane", null))).isTrue();
        assertThat(matches("cell", text("fuel-cell stack", null))).isTrue();
        assertThat(matches("cell", text("subcell", null))).isFalse();
        assertThat(matches("electrolyt*", text("solid electrolytes", null))).isTrue();
        assertThat(matches("lithium-ion", text("lithium ion battery", null))).isTrue();
        assertThat(matches("\"lithium ion\"", text("Lithium-Ion battery", null))).isTrue();
        assertThat(matches("lithium-ion", text("lithium battery with ion exchange", null))).isFalse();
    }

    @Test
    void fullWidthAndCaseAreFolded() {
        assertThat(matches("LiFePO4", text("一种ＬｉＦｅＰＯ４正极材料", null))).isTrue();
        assertThat(matches("ＳＯＣ", text("SOC estimation", null))).isTrue();
        assertThat(matches("lifepo4", text("LiFePO4/C composite", null))).isTrue();
        assertThat(matches("lifepo", text("LiFePO4", null))).isFalse();
    }

    @Test
    void chineseTermsMatchAsSubstrings() {
        assertThat(matches("电池", text("锂离子电池组", null))).isTrue();
        assertThat(matches("固态电解质", text("一种硫化物固态电解质膜", null))).isTrue();
        assertThat(matches("固态电解质", text("一种固体电解质", null))).isFalse();
    }

    // ---------------------------------------------------------------- classification

    @Test
    void ipcMainOnlyVersusAnyClass() {
        // given
        Patent p = record().mainIpc("H01M 10/0525").ipc(List.of("H01M10/0525", "H01M4/5825")).build();
        Patent noMainColumn = record().ipc(List.of("H01M4/5825", "H01M10/0525")).build();

        // when
        Tagger anyClass = Tagger.compile(List.of(leaf("lfp", ipc("ipc H01M4/58", false, "H01M4/58"))));
        Tagger mainOnly = Tagger.compile(List.of(leaf("lfp", ipc("main H01M4/58", true, "H01M4/58"))));

        // then
        assertThat(anyClass.tag(p)).containsExactly(new Tag("lfp", "ipc H01M4/58", "ipc H01M4/5825 ~ H01M4/58"));
        assertThat(mainOnly.tag(p)).isEmpty();
        assertThat(mainOnly.tag(noMainColumn))
                .containsExactly(new Tag("lfp", "main H01M4/58", "main ipc H01M4/5825 ~ H01M4/58"));
    }

    @Test
    void ipcPrefixSemantics() {
        // given
        Tagger t = Tagger.compile(List.of(
                leaf("group4", ipc("g4", false, "H01M4")),
                leaf("lfp", ipc("lfp", false, "H01M 4/58")),
                leaf("li", ipc("li", false, "H01M10/052*"))));

        // then
        assertThat(nodes(t.tag(record().ipc(List.of("H01M4/5825")).build()))).containsExactly("group4", "lfp");
        assertThat(nodes(t.tag(record().ipc(List.of("H01M0004580000")).build()))).containsExactly("group4", "lfp");
        assertThat(nodes(t.tag(record().ipc(List.of("H01M4/62")).build()))).containsExactly("group4");
        assertThat(nodes(t.tag(record().ipc(List.of("H01M40/00")).build()))).isEmpty();
        assertThat(nodes(t.tag(record().ipc(List.of("H01M10/0525")).build()))).containsExactly("li");
        assertThat(nodes(t.tag(record().ipc(List.of("H01M10/05")).build()))).isEmpty();
    }

    @Test
    void cpcPrefixes() {
        // given
        Tagger t = Tagger.compile(List.of(
                leaf("y02", new RuleSpec("cpc Y02E60/10", List.of(), false, List.of("Y02E60/10"), null))));

        // then
        assertThat(t.tag(record().cpc(List.of("Y02E 60/10")).build()))
                .containsExactly(new Tag("y02", "cpc Y02E60/10", "cpc Y02E60/10 ~ Y02E60/10"));
        assertThat(t.tag(record().cpc(List.of("Y02E60/122")).ipc(List.of("Y02E60/10")).build())).isEmpty();
    }

    @Test
    void ipcAndKeywordRuleNeedsBoth() {
        // given
        RuleSpec rule = new RuleSpec("H01M50 + 隔膜", List.of("H01M50"), false, List.of(), "隔膜 OR separator");
        Tagger t = Tagger.compile(List.of(leaf("sep", rule)));

        // then
        assertThat(t.tag(record().ipc(List.of("H01M50/409")).title("一种锂电池隔膜").build()))
                .containsExactly(new Tag("sep", "H01M50 + 隔膜", "ipc H01M50/409 ~ H01M50 & 隔膜"));
        assertThat(t.tag(record().ipc(List.of("H01M50/409")).title("一种电池壳体").build())).isEmpty();
        assertThat(t.tag(record().ipc(List.of("B01D67/00")).title("separator membrane").build())).isEmpty();
    }

    // ---------------------------------------------------------------- tree and labels

    @Test
    void nodesIncludeTheirSubBranchesAndRuleLessNodesAreTheUnionOfTheirSubtrees() {
        // given: battery (no rules) → materials (no rules) → cathode, anode; battery → cell (rules) → formation
        List<NodeSpec> map = List.of(
                new NodeSpec("battery", List.of(), List.of("materials", "cell")),
                new NodeSpec("materials", List.of(), List.of("cathode", "anode")),
                leaf("cathode", query("正极", "正极材料 OR cathode")),
                leaf("anode", query("负极", "负极材料 OR anode")),
                new NodeSpec("cell", List.of(query("电芯", "电芯")), List.of("formation")),
                leaf("formation", query("化成", "化成")));
        Tagger t = Tagger.compile(map);

        // then
        assertThat(t.tag(text("一种负极材料", null))).containsExactly(
                new Tag("battery", "children", "materials"),
                new Tag("materials", "children", "anode"),
                new Tag("anode", "负极", "负极材料"));
        // "cell" has rules of its own that do not match, but its sub-branch "formation" does: it rolls up
        assertThat(t.tag(text("锂电池化成方法", null))).containsExactly(
                new Tag("battery", "children", "cell"),
                new Tag("cell", "children", "formation"),
                new Tag("formation", "化成", "化成"));
        assertThat(t.tag(text("一种正极材料及电芯", null))).extracting(Tag::nodeId)
                .containsExactly("battery", "materials", "cathode", "cell");
        assertThat(t.tag(text("电机控制器", null))).isEmpty();
    }

    @Test
    void recordCanSitInSeveralBranchesAndFirstMatchingRuleIsReported() {
        // given
        List<NodeSpec> map = List.of(
                leaf("cathode", ipc("ipc H01M4/58", false, "H01M4/58"), query("query #1", "TI:正极材料")),
                leaf("electrolyte", query("query #1", "TIAB:(电解液 OR electrolyte*) NOT 固态")),
                leaf("solid", query("query #1", "固态电解质")));
        Tagger t = Tagger.compile(map);
        Patent p = record().title("一种正极材料及含有该正极材料的电解液体系").abstractText("Electrolytes for cells")
                .ipc(List.of("H01M10/0567")).build();

        // when
        List<Tag> tags = t.tag(p);

        // then
        assertThat(tags).containsExactly(
                new Tag("cathode", "query #1", "TI:正极材料"),
                new Tag("electrolyte", "query #1", "TIAB:电解液, TIAB:electrolyte*"));
    }

    @Test
    void pureNotRuleMatchesEmptyRecords() {
        // given
        Tagger t = Tagger.compile(List.of(leaf("other", query("not battery", "NOT (电池 OR battery)"))));

        // then
        assertThat(t.tag(record().build())).containsExactly(new Tag("other", "not battery", "NOT (电池 OR battery)"));
        assertThat(t.tag(text("battery pack", null))).isEmpty();
    }

    @Test
    void syntaxErrorsNameTheNodeAndRule() {
        // given
        List<NodeSpec> map = List.of(leaf("1.2", query("query #2", "正极 AND (磷酸铁锂 OR")));

        // then
        assertThatThrownBy(() -> Tagger.compile(map))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("node 1.2 rule query #2")
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(15));
    }

    @Test
    void badMapsAreRejected() {
        assertThatThrownBy(() -> Tagger.compile(List.of(
                new NodeSpec("a", List.of(), List.of("b")),
                new NodeSpec("b", List.of(), List.of("a")))))
                .hasMessageContaining("cycle").hasMessageContaining("a → b → a");
        assertThatThrownBy(() -> Tagger.compile(List.of(new NodeSpec("a", List.of(), List.of("x")))))
                .hasMessageContaining("unknown child x");
        assertThatThrownBy(() -> Tagger.compile(List.of(leaf("a"), leaf("a"))))
                .hasMessageContaining("duplicate node id a");
        assertThatThrownBy(() -> Tagger.compile(List.of(leaf("a", ipc("bad", false, "battery")))))
                .hasMessageContaining("node a rule bad");
    }

    @Test
    void nodeIdsOfAreTheNodesOfTheTagsInMapOrder() {
        // given: a tree with roll-up, rule-less nodes, main-IPC-only and CPC conditions, an always-candidate NOT rule
        // ("other": every record without 电池)
        List<NodeSpec> map = List.of(
                new NodeSpec("battery", List.of(), List.of("materials", "cell")),
                new NodeSpec("materials", List.of(), List.of("cathode", "anode")),
                leaf("cathode", query("正极", "正极材料 OR cathode"), ipc("H01M4", true, "H01M4")),
                leaf("anode", query("负极", "负极材料 OR anode*")),
                new NodeSpec("cell", List.of(query("电芯", "电芯")), List.of("formation")),
                leaf("formation", new RuleSpec("cpc", List.of(), false, List.of("Y02E60/10"), "化成")),
                leaf("other", query("not", "NOT 电池")));
        Tagger t = Tagger.compile(map);
        List<Patent> records = List.of(
                text("一种负极材料", null),
                text("锂电池化成方法", null),
                record().title("锂电池化成方法").cpc(List.of("Y02E 60/10")).build(),
                record().title("anodes").mainIpc("H01M4/13").ipc(List.of("H01M10/05", "H01M4/13")).build(),
                record().title("电池").ipc(List.of("H01M4/13")).build(),
                text("一种正极材料及电芯", null),
                text("电池", null));

        // then: the same nodes whichever is asked first on this thread (the scratch space is shared)
        for (Patent p : records) {
            List<String> fromTags = nodes(t.tag(p));
            assertThat(t.nodeIdsOf(p)).isEqualTo(fromTags);
            assertThat(nodes(t.tag(p))).isEqualTo(fromTags);
        }
        assertThat(t.nodeIdsOf(records.get(0))).containsExactly("battery", "materials", "anode", "other");
        assertThat(t.nodeIdsOf(records.get(2))).containsExactly("battery", "cell", "formation");
        assertThat(t.nodeIdsOf(records.get(3))).containsExactly("battery", "materials", "cathode", "anode", "other");
        assertThat(t.nodeIdsOf(records.get(6))).isEmpty();
        // the explanations of tag() are still built after nodeIdsOf() ran on the same thread
        assertThat(t.tag(records.get(3))).contains(new Tag("cathode", "H01M4", "main ipc H01M4/13 ~ H01M4"));
    }

    @Test
    void taggingInParallelGivesTheSameResult() {
        // given
        Tagger t = Tagger.compile(List.of(
                leaf("a", query("q", "电池 OR battery")),
                leaf("b", query("q", "TI:正极 NOT cathode")),
                leaf("c", ipc("i", false, "H01M"))));
        List<Patent> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add(record().title((i % 3 == 0 ? "正极" : "") + (i % 5 == 0 ? " battery" : "") + (i % 7 == 0 ? " cathode" : ""))
                    .ipc(i % 2 == 0 ? List.of("H01M4/13") : List.of()).build());
        }

        // when
        List<List<Tag>> sequential = records.stream().map(t::tag).toList();
        List<List<Tag>> parallel = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> t.tag(records.get(i))).toList();

        // then
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(30)).extracting(Tag::nodeId).containsExactly("a", "b", "c");
    }
}
