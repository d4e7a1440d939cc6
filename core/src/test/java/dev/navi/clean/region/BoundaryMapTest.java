package dev.navi.clean.region;

import dev.navi.ingest.InputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analyst's approved boundary map, read from small hand-made GeoJSON files of rectangles (not real boundaries):
 * features matched to provinces by full, short or English name; the rest of the map kept; bad files named with the
 * place of the problem.
 */
class BoundaryMapTest {
    private static Path fixture(String name) throws Exception {
        return Path.of(BoundaryMapTest.class.getResource("boundaries/" + name).toURI());
    }

    @Test
    void provincesMatchByFullShortOrEnglishNameAndTheRestOfTheMapIsKept() throws Exception {
        // when
        BoundaryMap m = BoundaryMap.read(fixture("rectangles.geojson"), null, "GS(2024)0650号");
        // then: 四川省, 广东 (two polygons), Jiangsu
        assertThat(m.provinces()).containsOnlyKeys("320000", "440000", "510000");
        assertThat(m.provinces().get("440000")).hasSize(2);
        assertThat(m.provinces().get("510000").get(0)).hasSize(5);
        assertThat(m.approval()).isEqualTo("GS(2024)0650号");
        // 南海诸岛 is no province: drawn in grey; the line is kept as a line; the point is skipped
        assertThat(m.otherPolygons()).hasSize(1);
        assertThat(m.lines()).hasSize(1).first().satisfies(l -> assertThat(l).hasSize(3));
        assertThat(m.notes()).anySatisfy(n -> assertThat(n).contains("match no province").contains("南海诸岛"));
        // 31 provincial-level divisions have no feature
        assertThat(m.notes()).anySatisfy(n -> assertThat(n).contains("no feature for").contains("台湾省").contains("北京市"));
        // mean latitude of the matched points: 四川 26,26,34,34,26; 广东 20,20,25,25,20 and 18,18,19,19,18;
        // 江苏 30,30,35,35,30 → (146 + 110 + 92 + 160) / 20 = 508 / 20
        assertThat(m.meanLatitude()).isCloseTo(508.0 / 20, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
        Path f = fixture("bad_syntax.geojson");
        assertThatThrownBy(() -> BoundaryMap.read(f, "name", "GS(2024)0650号")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ": line 4, column ")
                .hasMessageContaining("not valid GeoJSON");
    }

    @Test
    void projectedCoordinatesNameTheFeatureAndThePosition() throws Exception {
        Path f = fixture("projected_coordinates.geojson");
        assertThatThrownBy(() -> BoundaryMap.read(f, "name", "x")).isInstanceOf(InputException.class)
                .hasMessageContaining("feature 2 ('广东省'): coordinates[0][0] = [12245000, 2540000] is not longitude/latitude")
                .hasMessageContaining("WGS 84");
    }

    @Test
    void aNamePropertyThatNamesNoProvinceSaysWhichPropertyToSet() throws Exception {
        Path f = fixture("wrong_name_property.geojson");
        assertThatThrownBy(() -> BoundaryMap.read(f, "name", "x")).isInstanceOf(InputException.class)
                .hasMessageContaining("no feature's 'name' names a province of China")
                .hasMessageContaining("positioning.map.name_property");
        assertThat(BoundaryMap.read(f, "NAME_1", "x").provinces()).containsOnlyKeys("510000");
    }
}
