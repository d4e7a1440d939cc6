package dev.navi.project;

import dev.navi.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectLoaderTest {
    @Test
    void theSampleProjectLoads() {
        Project p = ProjectLoader.load(Path.of("..", "samples", "nev-battery", "navi.yaml"));
        assertThat(p.inputs()).extracting(x -> x.getFileName().toString())
                .containsExactly("incopat_nev_battery.xlsx", "lens_nev_battery.csv", "patsnap_nev_battery_gbk.csv");
        assertThat(p.map().getFileName().toString()).isEqualTo("chain-map.yaml");
        assertThat(p.unit()).isEqualTo("family");
        assertThat(p.region()).isEqualTo(new Region(Region.Level.PROVINCE, "四川省", "四川省"));
        assertThat(p.peers()).extracting(Region::code).containsExactly("广东省", "江苏省", "福建省");
        assertThat(p.fromYear()).isEqualTo(2005);
        assertThat(p.toYear()).isEqualTo(2024);
        assertThat(p.cutoff()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(p.language()).isEqualTo("zh");
        assertThat(p.outputs()).containsExactlyInAnyOrder("docx", "xlsx", "charts", "json");
    }

    @Test
    void regionsByNameAndLevel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "x");
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "inputs: [a.csv]\nregion: 成都\npeers: [CN, 美国, {name: 吉林, level: city}, 广东]\n");
        Project p = ProjectLoader.load(f);
        assertThat(p.region()).isEqualTo(new Region(Region.Level.CITY, "成都市", "成都"));
        assertThat(p.peers()).extracting(Region::level, Region::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Region.Level.COUNTRY, "CN"),
                org.assertj.core.groups.Tuple.tuple(Region.Level.COUNTRY, "US"),
                org.assertj.core.groups.Tuple.tuple(Region.Level.CITY, "吉林市"),
                org.assertj.core.groups.Tuple.tuple(Region.Level.PROVINCE, "广东省"));
    }

    @Test
    void periodBasisDefaultsToApplicationAndIsChecked(@TempDir Path dir) throws IOException {
        // given three project files: no basis, basis publication, a bad basis with an unknown period key
        Files.writeString(dir.resolve("a.csv"), "x");
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "inputs: [a.csv]\nperiod: {from: 1990, to: 2015}\n");
        Path pub = dir.resolve("pub.yaml");
        Files.writeString(pub, "inputs: [a.csv]\nperiod: {from: 1990, to: 2015, basis: Publication}\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "inputs: [a.csv]\nperiod: {from: 1990, basis: grant, form: 2015}\n");
        // then
        assertThat(ProjectLoader.load(none).yearBasis()).isEqualTo(dev.navi.model.YearBasis.APPLICATION);
        assertThat(ProjectLoader.load(pub).yearBasis()).isEqualTo(dev.navi.model.YearBasis.PUBLICATION);
        assertThatThrownBy(() -> ProjectLoader.load(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("line 2, column 29: period.basis: 'grant' is not application | priority | publication")
                .hasMessageContaining("period.form: unknown key");
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "inputs: [exports/*.xlsx]\nmap: nope.yaml\nunit: patent\nregion: 火星\n"
                + "period: {from: 2024, to: 2005}\ncutoff: soon\nlanguge: zh\noutputs: [pdf]\n");
        assertThatThrownBy(() -> ProjectLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("8 problems")
                .hasMessageContaining("line 1, column 1: inputs: no export file found — exports/*.xlsx matches no file")
                .hasMessageContaining("line 2, column 6: map: nope.yaml does not exist")
                .hasMessageContaining("line 3, column 7: unit: 'patent' is not family | application | publication")
                .hasMessageContaining("line 4, column 9: region: '火星' is not a known")
                .hasMessageContaining("line 5, column 9: period: from 2024 is after to 2005")
                .hasMessageContaining("line 6, column 9: cutoff: 'soon' is not a date like 2025-06-30")
                .hasMessageContaining("line 7, column 1: languge: unknown key; did you mean 'language' (zh | en)?")
                .hasMessageContaining("line 8, column 11: outputs: 'pdf' is not one of");
    }

    @Test
    void fiveDifferentMistakesGiveFiveLocatedMessagesInOneRun(@TempDir Path dir) throws IOException {
        // given: the three typos of issue 15 (regoin, keyword, patentType), a bad language and a period the wrong way round
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports").resolve("a.csv"), "x");
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, String.join("\n",
                "name: 测试项目",
                "language: cn",
                "inputs: [exports/*.xlsx, exports/*.csv]",
                "regoin:",
                "  name: 四川省",
                "exclude:",
                "  keyword: [玩具]",
                "  patentType: [design]",
                "period: {from: 2024, to: 2005}",
                ""));
        // when
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ProjectLoader.load(f));
        // then: five messages, in file order, each with its line and column
        assertThat(t).isInstanceOf(InputException.class);
        List<String> lines = t.getMessage().lines().toList();
        assertThat(lines.get(0)).endsWith("5 problems in the project file:");
        assertThat(lines.subList(1, lines.size())).hasSize(5).satisfiesExactly(
                l -> assertThat(l).startsWith(f + ": line 2, column 11: language: 'cn' is not zh | en"),
                l -> assertThat(l).startsWith(f + ": line 4, column 1: regoin: unknown key; did you mean 'region' (a country")
                        .contains("Valid keys: name, language, inputs,"),
                l -> assertThat(l).startsWith(f + ": line 7, column 3: exclude.keyword: unknown key; did you mean 'keywords'")
                        .contains("Valid keys in exclude: keywords, ipc, applicants, years, patentTypes"),
                l -> assertThat(l).startsWith(f + ": line 8, column 3: exclude.patentType: unknown key; did you mean 'patentTypes'"),
                l -> assertThat(l).startsWith(f + ": line 9, column 9: period: from 2024 is after to 2005"));
    }

    @Test
    void aGlobThatMatchesNothingIsFineWhenAnotherMatches(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports").resolve("b.csv"), "x");
        Files.writeString(dir.resolve("exports").resolve("a.csv"), "x");
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "inputs: [exports/*.xlsx, exports/*.xls, exports/*.csv]\n");
        assertThat(ProjectLoader.load(f).inputs()).extracting(p -> p.getFileName().toString()).containsExactly("a.csv", "b.csv");
        // a file named without a wildcard must exist
        Files.writeString(f, "inputs: [exports/*.csv, exports/missing.xlsx]\n");
        assertThatThrownBy(() -> ProjectLoader.load(f)).hasMessageContaining("line 1, column 25: inputs: exports/missing.xlsx does not exist");
    }

    @Test
    void aTabIsReportedWhereItIs(@TempDir Path dir) throws IOException {
        // given: a tab indenting line 4 (the issue saw "line 2, column 35 ... quote values" for such a file)
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "name: x\ninputs: [a.csv]    # the exports\nregion:\n\tname: 四川省\n");
        assertThatThrownBy(() -> ProjectLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": line 4, column 1: a tab character: YAML indents with spaces only; replace the tab with spaces");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsCause(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "name: \"x\ninputs: [a.csv]\n");
        assertThatThrownBy(() -> ProjectLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining(f + ": line 3, column 1: not valid YAML: found unexpected end of stream")
                .hasMessageContaining("line 1, column 7");
    }

    @Test
    void positioningMapKeysAreCheckedWhereTheyAre(@TempDir Path dir) throws IOException {
        // given a misspelt key and no approval number
        Files.writeString(dir.resolve("a.csv"), "x");
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "inputs: [a.csv]\npositioning:\n  map:\n    boundary: china.geojson\n");
        // then
        assertThatThrownBy(() -> ProjectLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 4, column 5: positioning.map.boundary: unknown key; did you mean 'boundaries'")
                .hasMessageContaining("positioning.map.boundaries: missing")
                .hasMessageContaining("positioning.map.approval: missing")
                .hasMessageContaining("审图号");
    }

    @Test
    void anApprovedBoundaryMapIsReadAndABadOneNamedWithItsPlace(@TempDir Path dir) throws Exception {
        // given the rectangles fixture and a file with a syntax error
        Path fixtures = Path.of(ProjectLoaderTest.class.getResource("/dev/navi/clean/region/boundaries/rectangles.geojson")
                .toURI()).getParent();
        Files.copy(fixtures.resolve("rectangles.geojson"), dir.resolve("good.geojson"));
        Files.copy(fixtures.resolve("bad_syntax.geojson"), dir.resolve("bad.geojson"));
        Files.writeString(dir.resolve("a.csv"), "x");
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "inputs: [a.csv]\npositioning: {map: {boundaries: good.geojson, approval: GS(2024)0650号}}\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "inputs: [a.csv]\npositioning: {map: {boundaries: bad.geojson, approval: GS(2024)0650号}}\n");
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "inputs: [a.csv]\n");
        // then: the keys load; the map is read; the bad file is named with its line
        ProjectLoader.load(good);
        ProjectLoader.load(bad);
        dev.navi.clean.region.BoundaryMap m = ProjectLoader.boundaryMap(good);
        assertThat(m.approval()).isEqualTo("GS(2024)0650号");
        assertThat(m.provinces()).containsKey("510000");
        assertThatThrownBy(() -> ProjectLoader.boundaryMap(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.geojson: line 4, column").hasMessageContaining("not valid GeoJSON");
        assertThat(ProjectLoader.boundaryMap(none)).isNull();
    }
}
