package dev.navi.clean.names;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NameClustererTest {

    private static Map<String, Long> counts(Object... nameCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            m.put((String) nameCount[i], ((Number) nameCount[i + 1]).longValue());
        }
        return m;
    }

    private static Cluster clusterOf(List<Cluster> clusters, String member) {
        Optional<Cluster> c = clusters.stream()
                .filter(x -> x.members().stream().anyMatch(m -> m.name().equals(member))).findFirst();
        assertThat(c).as("cluster of " + member).isPresent();
        return c.get();
    }

    private static Cluster.Member member(Cluster c, String name) {
        return c.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void englishVariantsMergeBySameKeyAndMostFrequentNameIsStandard() {
        // given
        Map<String, Long> names = counts(
                "SZ DJI TECHNOLOGY CO LTD", 36,
                "SZ DJI Technology Co., Ltd.", 12,
                "Sz Dji Technology Co Ltd", 2,
                "ELWHA LLC [US]", 5,
                "Elwha LLC", 90,
                "SANGAMO THERAPEUTICS INC (2017-01-05)", 3,
                "Sangamo Therapeutics, Inc.", 3,
                "LG Chem, Ltd.", 10,
                "LG Electronics Inc.", 40);

        // when
        List<Cluster> clusters = new NameClusterer(AliasTable.empty()).cluster(names);

        // then
        Cluster dji = clusterOf(clusters, "SZ DJI Technology Co., Ltd.");
        assertThat(dji.standardName()).isEqualTo("SZ DJI TECHNOLOGY CO LTD");
        assertThat(dji.totalCount()).isEqualTo(50);
        assertThat(dji.group()).isEqualTo("SZ DJI TECHNOLOGY CO LTD");
        assertThat(dji.type()).isEqualTo(ApplicantType.ENTERPRISE);
        assertThat(member(dji, "SZ DJI TECHNOLOGY CO LTD").rule()).isEqualTo("most frequent name");
        assertThat(member(dji, "Sz Dji Technology Co Ltd").rule()).isEqualTo("same key");
        assertThat(member(dji, "Sz Dji Technology Co Ltd").via()).isNotEmpty();

        assertThat(clusterOf(clusters, "ELWHA LLC [US]").standardName()).isEqualTo("Elwha LLC");
        // tie on count: lexicographically first name wins
        assertThat(clusterOf(clusters, "Sangamo Therapeutics, Inc.").standardName())
                .isEqualTo("SANGAMO THERAPEUTICS INC (2017-01-05)");
        assertThat(clusterOf(clusters, "LG Chem, Ltd.")).isNotEqualTo(clusterOf(clusters, "LG Electronics Inc."));
        assertThat(clusters).hasSize(5);
        // sorted by total count
        assertThat(clusters.get(0).standardName()).isEqualTo("Elwha LLC");
    }

    @Test
    void chineseVariantsMergeButDifferentFirmsStayApart() {
        // given
        Map<String, Long> names = counts(
                "宁德时代新能源科技股份有限公司", 100,
                "寧德時代新能源科技股份有限公司", 3,
                "宁德时代新能源科技有限公司", 2,
                "华为技术有限公司", 500,
                "华为终端有限公司", 80,
                "深圳市大疆创新科技有限公司", 40,
                "大疆创新科技有限公司", 1);

        // when
        List<Cluster> clusters = new NameClusterer(AliasTable.empty()).cluster(names);

        // then
        Cluster catl = clusterOf(clusters, "寧德時代新能源科技股份有限公司");
        assertThat(catl.standardName()).isEqualTo("宁德时代新能源科技股份有限公司");
        assertThat(catl.members()).hasSize(3);
        assertThat(clusterOf(clusters, "华为技术有限公司")).isNotEqualTo(clusterOf(clusters, "华为终端有限公司"));
        Cluster dji = clusterOf(clusters, "大疆创新科技有限公司");
        assertThat(dji.standardName()).isEqualTo("深圳市大疆创新科技有限公司");
        assertThat(member(dji, "大疆创新科技有限公司").rule()).isEqualTo("key without place prefix");
    }

    @Test
    void placePrefixDoesNotMergeWhenTwoPlacesShareTheRest() {
        // given: same trade name registered in two cities — different firms
        Map<String, Long> names = counts("北京华信智能科技有限公司", 5, "上海华信智能科技有限公司", 4, "华信智能科技有限公司", 1);

        // when
        List<Cluster> clusters = new NameClusterer(AliasTable.empty()).cluster(names);

        // then
        assertThat(clusters).hasSize(3);
    }

    @Test
    void fuzzyKeysMergeSpacingWordOrderAndAbbreviations() {
        // given
        Map<String, Long> names = counts(
                "WAL-MART STORES INC", 34, "Walmart Stores, Inc.", 4,
                "UNIV RUTGERS", 3, "Rutgers University", 9,
                "HONEYWELL INT INC", 41, "Honeywell International Inc.", 60,
                "AMAZON TECH INC", 84, "Amazon Technologies, Inc.", 120);

        // when
        List<Cluster> clusters = new NameClusterer(AliasTable.empty()).cluster(names);

        // then
        assertThat(clusters).hasSize(4);
        Cluster walmart = clusterOf(clusters, "WAL-MART STORES INC");
        assertThat(walmart.standardName()).isEqualTo("WAL-MART STORES INC");
        assertThat(member(walmart, "Walmart Stores, Inc.").rule()).isEqualTo("same key without spaces");
        assertThat(member(walmart, "Walmart Stores, Inc.").via()).isEqualTo("WAL-MART STORES INC");
        assertThat(member(clusterOf(clusters, "UNIV RUTGERS"), "UNIV RUTGERS").rule())
                .isIn("token-sorted key", "abbreviation key");
        assertThat(member(clusterOf(clusters, "HONEYWELL INT INC"), "HONEYWELL INT INC").rule()).isEqualTo("abbreviation key");
        assertThat(clusterOf(clusters, "AMAZON TECH INC").standardName()).isEqualTo("Amazon Technologies, Inc.");
    }

    @Test
    void crossScriptVariantsMergeOnlyThroughTheAliasTableOrEvidence() {
        // given
        Map<String, Long> names = counts("深圳市大疆创新科技有限公司", 40, "SZ DJI TECHNOLOGY CO LTD", 36,
                "SZ DJI OSMO TECHNOLOGY CO LTD", 3, "三星电子株式会社", 7, "SAMSUNG ELECTRONICS CO LTD", 135,
                "Samsung SDI Co., Ltd.", 20);

        // when
        List<Cluster> without = new NameClusterer(AliasTable.empty()).cluster(names);
        List<Cluster> with = new NameClusterer(AliasTable.starter()).cluster(names);
        List<Cluster> withEvidence = new NameClusterer(AliasTable.empty()).cluster(names,
                List.of(new NameClusterer.Evidence("SZ DJI TECHNOLOGY CO LTD", "深圳市大疆创新科技有限公司", "")));

        // then
        assertThat(without).hasSize(6);
        Cluster dji = clusterOf(with, "SZ DJI TECHNOLOGY CO LTD");
        assertThat(dji.standardName()).isEqualTo("深圳市大疆创新科技有限公司");
        assertThat(dji.group()).isEqualTo("大疆");
        assertThat(member(dji, "SZ DJI TECHNOLOGY CO LTD").rule()).isEqualTo("alias table");
        assertThat(member(dji, "SZ DJI TECHNOLOGY CO LTD").via()).isEqualTo("深圳市大疆创新科技有限公司");
        // a subsidiary keeps its own standard name and rolls up by group
        Cluster osmo = clusterOf(with, "SZ DJI OSMO TECHNOLOGY CO LTD");
        assertThat(osmo).isNotEqualTo(dji);
        assertThat(osmo.standardName()).isEqualTo("深圳市大疆灵眸科技有限公司");
        assertThat(osmo.group()).isEqualTo("大疆");
        assertThat(clusterOf(with, "三星电子株式会社")).isEqualTo(clusterOf(with, "SAMSUNG ELECTRONICS CO LTD"));
        assertThat(clusterOf(with, "Samsung SDI Co., Ltd.").group()).isEqualTo("Samsung");
        assertThat(clusterOf(with, "SAMSUNG ELECTRONICS CO LTD").standardName()).isEqualTo("Samsung Electronics Co., Ltd.");

        Cluster byEvidence = clusterOf(withEvidence, "SZ DJI TECHNOLOGY CO LTD");
        assertThat(byEvidence.members()).extracting(Cluster.Member::name)
                .containsExactly("深圳市大疆创新科技有限公司", "SZ DJI TECHNOLOGY CO LTD");
        assertThat(member(byEvidence, "SZ DJI TECHNOLOGY CO LTD").rule()).isEqualTo("vendor standard name");
    }

    @Test
    void variantKindsOfIssue13MergeAndTheirNearMissesDoNot() {
        // given: real spellings from the shared exports (counts as there), and near misses
        Map<String, Long> names = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("ELWHA LLC", 161L), Map.entry("LIABILITY CORP OF THE STATE OF DELAWARE ELWHA LLC A LTD", 4L),
                Map.entry("SEARETE LLC", 40L), Map.entry("SEARETE LLC A LTD LIABLITIY CO", 1L),
                Map.entry("DEUTSCHES ZENTRUM F?R LUFT UND RAUMFAHRT E V", 1L),
                Map.entry("DEUTSCHES ZENTRUM FÜR LUFT UND RAUMFAHRT E V", 3L),
                Map.entry("TECHNISCHE UNIVERSIT?T BERLIN", 1L), Map.entry("TECHNISCHE UNIVERSITÄT DORTMUND", 2L),
                Map.entry("Microsoft Technology Licensing, LLC", 60L), Map.entry("Microsoft Technology Lincensing, LLC", 1L),
                Map.entry("General Electric Company", 116L), Map.entry("General Electronic Company", 1L),
                Map.entry("Hunan University", 3L), Map.entry("Henan University", 1L),
                Map.entry("Cargill Incorporated", 2L), Map.entry("Cargill, Incorporateed", 1L),
                Map.entry("SHANGHAI JIAO TONG UNIVERSITY", 1L), Map.entry("UNIV SHANGHAI JIAOTONG", 1L)));

        // when
        NameClusterer.Outcome out = new NameClusterer(AliasTable.empty()).clusterAndSuggest(names, List.of());
        List<Cluster> clusters = out.clusters();

        // then: each variant joins by its rule
        assertThat(member(clusterOf(clusters, "ELWHA LLC"), "LIABILITY CORP OF THE STATE OF DELAWARE ELWHA LLC A LTD").rule())
                .isEqualTo(MergeRule.LEGAL_DESCRIPTION.label());
        assertThat(clusterOf(clusters, "SEARETE LLC").members()).hasSize(2);
        assertThat(member(clusterOf(clusters, "DEUTSCHES ZENTRUM FÜR LUFT UND RAUMFAHRT E V"),
                "DEUTSCHES ZENTRUM F?R LUFT UND RAUMFAHRT E V").rule()).isEqualTo(MergeRule.ENCODING_LOSS.label());
        assertThat(member(clusterOf(clusters, "Microsoft Technology Licensing, LLC"), "Microsoft Technology Lincensing, LLC")
                .rule()).isEqualTo(MergeRule.TYPO.label());
        assertThat(clusterOf(clusters, "Cargill Incorporated").members()).hasSize(2);
        assertThat(member(clusterOf(clusters, "UNIV SHANGHAI JIAOTONG"), "UNIV SHANGHAI JIAOTONG").rule())
                .isEqualTo(MergeRule.ROMANISATION.label());
        // and the near misses stay apart: other letters, two real words, two provinces
        assertThat(clusterOf(clusters, "TECHNISCHE UNIVERSIT?T BERLIN").members()).hasSize(1);
        assertThat(clusterOf(clusters, "General Electronic Company").members()).hasSize(1);
        assertThat(clusterOf(clusters, "Henan University").members()).hasSize(1);
        // the two real words are left for review, with both names and counts
        assertThat(out.suggestions()).anySatisfy(sg -> {
            assertThat(sg.nameA()).isEqualTo("General Electric Company");
            assertThat(sg.countA()).isEqualTo(116);
            assertThat(sg.nameB()).isEqualTo("General Electronic Company");
            assertThat(sg.reason()).contains("real words");
        });
    }

    @Test
    void anAliasRowThatOnlyNamesItselfDoesNotBlockLaterMerges() {
        // given: each spelling is only its own standard (a singleton from a reviewed table, issue 13)
        AliasTable aliases = AliasTable.of(List.of(
                new AliasTable.Entry("ACME TECH INC", "Acme Tech Inc.", "", ""),
                new AliasTable.Entry("ACME TECHNOLOGIES INC", "Acme Technologies Inc.", "", "")));
        Map<String, Long> names = counts("ACME TECH INC", 3, "ACME TECHNOLOGIES INC", 5);

        // when
        List<Cluster> clusters = new NameClusterer(aliases).cluster(names);

        // then: the abbreviation key merges them as it does without the table
        assertThat(clusters).hasSize(1);
        assertThat(new NameClusterer(AliasTable.empty()).cluster(names)).hasSize(1);
    }

    @Test
    void curatedStandardsAndDifferentDecisionsAreCannotLinks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given: two standards that the table maps other spellings to
        AliasTable curated = AliasTable.of(List.of(
                new AliasTable.Entry("ACME TECH INC", "Acme Tech Inc.", "", ""),
                new AliasTable.Entry("ACME TECH HOLDING CO", "Acme Tech Inc.", "", ""),
                new AliasTable.Entry("ACME TECHNOLOGIES INC", "Acme Technologies Inc.", "", ""),
                new AliasTable.Entry("ACME TECHNOLOGIES SYSTEMS INC", "Acme Technologies Inc.", "", "")));
        Map<String, Long> names = counts("ACME TECH INC", 3, "ACME TECHNOLOGIES INC", 5);
        // and a reviewed suggestion sheet that says two spellings are different firms
        java.nio.file.Path sheet = dir.resolve("applicant-merge-suggestions.csv");
        java.nio.file.Files.writeString(sheet, "decision,score,reason,name a,count a,standard a,name b,count b,standard b\n"
                + "different,0.9,test,ACME TECH INC,3,,ACME TECHNOLOGIES INC,5,\n"
                + ",0.8,not decided,FOO INC,1,,FOO LLC,1,\n");

        // when
        List<Cluster> byTable = new NameClusterer(curated).cluster(names);
        List<Cluster> bySheet = new NameClusterer(AliasTable.starter().overriddenBy(AliasTable.read(sheet))).cluster(names);

        // then: both keep them apart, where the abbreviation key alone would merge them
        assertThat(byTable).hasSize(2);
        assertThat(bySheet).hasSize(2);
    }

    @Test
    void groupRollUpOfChineseSubsidiaries() {
        // given
        Map<String, Long> names = counts("国网江苏省电力有限公司", 30, "国网江苏省电力公司", 12, "国家电网公司", 50,
                "中国科学院大连化学物理研究所", 8, "清华大学", 20);

        // when
        List<Cluster> clusters = new NameClusterer(AliasTable.starter()).cluster(names);

        // then
        Cluster js = clusterOf(clusters, "国网江苏省电力公司");
        assertThat(js.standardName()).isEqualTo("国网江苏省电力有限公司");
        assertThat(js.group()).isEqualTo("国家电网有限公司");
        assertThat(js.totalCount()).isEqualTo(42);
        assertThat(clusterOf(clusters, "国家电网公司").standardName()).isEqualTo("国家电网有限公司");
        assertThat(clusterOf(clusters, "中国科学院大连化学物理研究所").group()).isEqualTo("中国科学院");
        assertThat(clusterOf(clusters, "中国科学院大连化学物理研究所").type()).isEqualTo(ApplicantType.INSTITUTE);
        assertThat(clusterOf(clusters, "清华大学").type()).isEqualTo(ApplicantType.UNIVERSITY);
    }

    @Test
    void deterministicRegardlessOfInputOrder() {
        // given
        Map<String, Long> a = counts("B Corp", 1, "b corp.", 1, "A Inc", 2, "A, INC.", 2, "張偉", 1, "张伟", 1);
        Map<String, Long> b = new LinkedHashMap<>();
        List<String> keys = List.copyOf(a.keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            b.put(keys.get(i), a.get(keys.get(i)));
        }

        // when / then
        NameClusterer c = new NameClusterer(AliasTable.empty());
        assertThat(c.cluster(b)).isEqualTo(c.cluster(a));
        assertThat(c.cluster(a).get(0).id()).matches("C[0-9a-f]{12}");
    }
}
