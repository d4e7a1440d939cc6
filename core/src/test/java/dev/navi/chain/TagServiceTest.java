package dev.navi.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.review.ReviewResult;
import dev.navi.chain.review.ReviewWorkbook;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.testing.RealData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TagServiceTest {
    private static final Path MAPS = Path.of("..", "samples", "real-data-maps");
    private final TagService service = new TagService(new IngestService(LayoutRegistry.builtIn()));

    private TagService.TagResult tag(Path input, String map, Path out, Corrections fixes, int review) {
        ChainMap m = ChainMapReader.load(MAPS.resolve(map + ".yaml"));
        return service.tag(new TagService.TagRequest(List.of(input), m, out, fixes, review, 7, false, null));
    }

    private static Map<String, CSVRecord> rows(Path out) throws IOException {
        try (CSVParser p = CSVParser.parse(out.resolve("tagged.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords().stream().collect(Collectors.toMap(r -> r.get("publicationNumber"), Function.identity(), (a, b) -> a));
        }
    }

    @Test
    void chineseTitlesAgainstTheRailwayMap(@TempDir Path out) throws IOException {
        // given the Patsnap 川藏铁路 export (titles only, no IPC) and the railway map
        TagService.TagResult r = tag(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"), "sichuan-tibet-railway",
                out, Corrections.none(), 0);
        Map<String, CSVRecord> rows = rows(out);
        // then: 一种用于川藏铁路扣件的轨下垫板 is a fastening (and so a track) record, not a tunnel one
        CSVRecord pad = rows.get("CN213624990U");
        assertThat(pad.get("tags").split("\n")).containsExactly("track", "fastening");
        assertThat(pad.get("tagAudit")).contains("fastening: query → 扣件").contains("track: children → fastening");
        assertThat(pad.get("node:fastening")).isEqualTo("1");
        assertThat(pad.get("node:tunnel")).isEmpty();
        // 冻融循环线耐疲劳钢轨: rail structure and plateau (freeze-thaw), multi-label
        assertThat(rows.get("CN112195413A").get("tags").split("\n")).contains("rail-structure", "plateau");
        // 一种模块化集装箱建筑 matches no branch
        assertThat(rows.get("CN211114102U").get("tags")).isEmpty();
        assertThat(r.records()).isEqualTo(531);
        assertThat(r.tagged() + r.untagged()).isEqualTo(531);
        assertThat((double) r.tagged() / r.records()).isGreaterThan(0.85);
        assertThat(r.nodes().get("track")).isGreaterThanOrEqualTo(r.nodes().get("fastening"));
        JsonNode s = new ObjectMapper().readTree(out.resolve("tag-summary.json").toFile());
        assertThat(s.get("records").asLong()).isEqualTo(531);
        assertThat(s.get("tagged").asLong()).isEqualTo(r.tagged());
        assertThat(s.get("untagged").asLong()).isEqualTo(r.untagged());
        assertThat(s.get("nodes").get("fastening").asLong()).isEqualTo(r.nodes().get("fastening"));
        assertThat(s.get("untaggedTopTitleTerms")).isNotEmpty();
    }

    @Test
    void englishRecordsAgainstTheGenomeEditingMap(@TempDir Path out) throws IOException {
        tag(RealData.file("lens_opensangamo/lens-export.csv"), "genome-editing", out, Corrections.none(), 0);
        Map<String, CSVRecord> rows = rows(out);
        // a Sangamo zinc-finger gene-correction patent: zinc fingers and cell therapy, not CRISPR
        CSVRecord scid = rows.get("US9833479B2");
        assertThat(scid.get("node:zfn")).isEqualTo("1");
        assertThat(scid.get("node:cell-therapy")).isEqualTo("1");
        assertThat(scid.get("node:crispr")).isEmpty();
        // "ENGINEERED TARGET SPECIFIC NUCLEASES" is about nucleases
        assertThat(rows.get("US20230067653A1").get("node:nucleases")).isEqualTo("1");
    }

    @Test
    void correctionsApplyOnTopOfTheRules(@TempDir Path dir) throws IOException {
        Path fixes = dir.resolve("fixes.csv");
        Files.writeString(fixes, "公开号,节点,操作,备注\nCN213624990U,fastening,删除,not a fastener after all\n"
                + "CN213624990U,tunnel,添加,\nCN000000000A,tunnel,add,\nCN213624990U,nowhere,add,\n");
        Path out = dir.resolve("out");
        TagService.TagResult r = tag(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"), "sichuan-tibet-railway",
                out, Corrections.load(fixes), 0);
        CSVRecord pad = rows(out).get("CN213624990U");
        assertThat(pad.get("tags").split("\n")).containsExactly("tunnel");
        assertThat(pad.get("tagAudit")).contains("tunnel: manual add (" + fixes + ":3)");
        assertThat(r.correctionsApplied()).isEqualTo(2);
        assertThat(r.correctionProblems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("CN000000000A is not among the records"))
                .anySatisfy(p -> assertThat(p).contains("node 'nowhere' is not in the map"));
    }

    @Test
    void reviewSampleRoundTrip(@TempDir Path dir) throws Exception {
        // given a review sample of 4 tagged and 4 untagged records per node
        Path out = dir.resolve("out");
        TagService.TagResult r = tag(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"), "sichuan-tibet-railway",
                out, Corrections.none(), 4);
        Path sample = out.resolve("review-sample.xlsx");
        assertThat(sample).exists();
        // when the analyst marks, for the largest leaf node, 3 tagged rows correct and 1 wrong, 1 untagged row missing
        ChainMap m = ChainMapReader.load(MAPS.resolve("sichuan-tibet-railway.yaml"));
        String node = m.nodes().stream().filter(n -> n.isLeaf())
                .max(java.util.Comparator.comparingLong((dev.navi.chain.map.ChainNode n) -> r.nodes().get(n.id()))
                        .thenComparing(dev.navi.chain.map.ChainNode::id)).orElseThrow().id();
        assertThat(r.nodes().get(node)).isGreaterThanOrEqualTo(4);
        Path reviewed = dir.resolve("reviewed.xlsx");
        int[] seen = new int[2];
        try (InputStream in = Files.newInputStream(sample); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("review");
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                if (!row.getCell(0).getStringCellValue().equals(node)) {
                    continue;
                }
                boolean tagged = row.getCell(2).getStringCellValue().startsWith("tagged");
                String verdict = tagged ? (seen[0]++ == 0 ? "错误 wrong" : "正确 correct") : (seen[1]++ == 0 ? "遗漏 missing" : "正确 correct");
                row.createCell(7).setCellValue(verdict);
            }
            try (OutputStream os = Files.newOutputStream(reviewed)) {
                wb.write(os);
            }
        }
        // then precision and recall for that node follow from the verdicts and the populations
        ReviewResult f = ReviewWorkbook.read(reviewed).stream().filter(x -> x.node().equals(node)).findFirst().orElseThrow();
        assertThat(f.reviewedTagged()).isEqualTo(4);
        assertThat(f.correct()).isEqualTo(3);
        assertThat(f.reviewedUntagged()).isEqualTo(4);
        assertThat(f.missing()).isEqualTo(1);
        assertThat(f.precision()).isEqualTo(0.75);
        long tagged = r.nodes().get(node);
        assertThat(f.taggedInData()).isEqualTo(tagged);
        assertThat(f.untaggedInData()).isEqualTo(531 - tagged);
        double expected = 0.75 * tagged / (0.75 * tagged + 0.25 * (531 - tagged));
        assertThat(f.recall()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }
}
