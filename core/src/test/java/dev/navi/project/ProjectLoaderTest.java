package dev.navi.project;

import dev.navi.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
    void everyProblemIsReportedAtOnce(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("navi.yaml");
        Files.writeString(f, "inputs: [exports/*.xlsx]\nmap: nope.yaml\nunit: patent\nregion: 火星\n"
                + "period: {from: 2024, to: 2005}\ncutoff: soon\nlanguge: zh\noutputs: [pdf]\n");
        assertThatThrownBy(() -> ProjectLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("8 problem(s)")
                .hasMessageContaining("inputs: 'exports/*.xlsx' matches no file")
                .hasMessageContaining("map: nope.yaml does not exist")
                .hasMessageContaining("unit: 'patent'")
                .hasMessageContaining("region: '火星' is not a known")
                .hasMessageContaining("period: from 2024 is after to 2005")
                .hasMessageContaining("cutoff: 'soon'")
                .hasMessageContaining("languge: unknown key")
                .hasMessageContaining("outputs: 'pdf'");
    }
}
