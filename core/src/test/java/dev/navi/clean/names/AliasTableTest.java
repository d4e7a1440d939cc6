package dev.navi.clean.names;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AliasTableTest {

    @TempDir
    Path dir;

    private static final String CHINESE_CSV = "变体名称,标准名称,集团,备注\n"
            + "SZ DJI TECHNOLOGY CO LTD,深圳市大疆创新科技有限公司,大疆,\n"
            + "大疆百旺,深圳市大疆百旺科技有限公司,大疆,子公司\n";

    @Test
    void readTakesAnEditedClusterReviewTableToo(@TempDir Path dir) throws IOException {
        // given a review table as navi clean writes it, with the analyst's new standard name and group
        Path review = dir.resolve("applicant-clusters.csv");
        Files.writeString(review, String.join(",", ClusterTableWriter.HEADER) + "\n"
                + "C1,审核后的标准名,审核后的集团,enterprise,SZ DJI TECHNOLOGY CO LTD,5,same key,\n");
        // when it is read as an alias table
        AliasTable t = AliasTable.read(review);
        // then its member becomes a variant of the analyst's standard name
        assertThat(t.lookup("SZ DJI TECHNOLOGY CO LTD")).hasValueSatisfying(e -> {
            assertThat(e.standard()).isEqualTo("审核后的标准名");
            assertThat(e.group()).isEqualTo("审核后的集团");
        });
    }

    @Test
    void readsUtf8WithAndWithoutBomAndGbkWithChineseHeader() throws IOException {
        // given
        Path plain = Files.writeString(dir.resolve("plain.csv"), CHINESE_CSV, StandardCharsets.UTF_8);
        Path bom = dir.resolve("bom_utf8.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE_CSV.getBytes(StandardCharsets.UTF_8)));
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, CHINESE_CSV.getBytes(Charset.forName("GBK")));

        for (Path p : List.of(plain, bom, gbk)) {
            // when
            AliasTable t = AliasTable.read(p);

            // then
            assertThat(t.size()).as(p.toString()).isEqualTo(2);
            AliasTable.Entry e = t.lookup("SZ DJI Technology Co., Ltd.").orElseThrow();
            assertThat(e.standard()).isEqualTo("深圳市大疆创新科技有限公司");
            assertThat(e.group()).isEqualTo("大疆");
            assertThat(t.lookup("深圳市大疆创新科技有限公司")).get().extracting(AliasTable.Entry::group).isEqualTo("大疆");
            assertThat(t.lookup("大疆百旺").orElseThrow().note()).isEqualTo("子公司");
            assertThat(t.lookup("Unknown Corp")).isEmpty();
        }
    }

    @Test
    void readsXlsxFirstSheetWithEnglishHeader() throws IOException {
        // given
        Path xlsx = dir.resolve("aliases.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet s = wb.createSheet("aliases");
            String[][] rows = {{"variant", "standard", "group"}, {"LG CHEM LTD", "LG Chem, Ltd.", "LG"},
                    {"株式会社LG化学", "LG Chem, Ltd.", "LG"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    s.createRow(r).createCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    s.getRow(r).createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.createSheet("ignored");
            wb.write(out);
        }

        // when
        AliasTable t = AliasTable.read(xlsx);

        // then
        assertThat(t.lookup("LG Chem Ltd.").orElseThrow().standard()).isEqualTo("LG Chem, Ltd.");
        assertThat(t.lookup("株式会社LG化学").orElseThrow().group()).isEqualTo("LG");
    }

    @Test
    void writesCsvThatReadsBackTheSame() throws IOException {
        // given
        AliasTable t = AliasTable.read(Files.writeString(dir.resolve("a.csv"), CHINESE_CSV, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        t.writeCsv(out);
        Path back = Files.write(dir.resolve("b.csv"), out.toByteArray());

        // then
        assertThat(out.toByteArray()[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("variant,standard,group,note\r\n");
        assertThat(AliasTable.read(back).entries()).isEqualTo(t.entries());
    }

    @Test
    void conflictingRowsAreAnErrorNamingBothRows() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("conflict.csv"), "variant,standard,group\n"
                + "ACME CO LTD,Acme Co. Ltd.,Acme\n"
                + "Acme Company Limited,Acme Holdings Ltd.,Acme\n", StandardCharsets.UTF_8);
        Path groups = Files.writeString(dir.resolve("groups.csv"), "variant,standard,group\n"
                + "A1,Acme,G1\n"
                + "A2,Acme,G2\n", StandardCharsets.UTF_8);
        Path noStandard = Files.writeString(dir.resolve("empty.csv"), "variant,standard\nA1,\n", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> AliasTable.read(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflict.csv line 3").hasMessageContaining("line 2");
        assertThatThrownBy(() -> AliasTable.read(groups)).hasMessageContaining("group");
        assertThatThrownBy(() -> AliasTable.read(noStandard)).hasMessageContaining("line 2")
                .hasMessageContaining("standard name is empty");
    }

    @Test
    void laterTableOverridesStarter() {
        // given
        AliasTable mine = AliasTable.of(List.of(new AliasTable.Entry("SZ DJI TECHNOLOGY CO LTD", "DJI", "DJI Group", "")));

        // when
        AliasTable merged = AliasTable.starter().overriddenBy(mine);

        // then
        assertThat(merged.lookup("SZ DJI Technology Co., Ltd.").orElseThrow().standard()).isEqualTo("DJI");
        assertThat(merged.lookup("深圳市大疆百旺科技有限公司").orElseThrow().group()).isEqualTo("大疆");
    }

    @Test
    void starterTableLoadsAndCoversTheWellKnownGroups() {
        // when
        AliasTable starter = AliasTable.starter();

        // then
        assertThat(starter.size()).isGreaterThan(300);
        Set<String> groups = new TreeSet<>();
        starter.entries().forEach(e -> groups.add(e.groupOrStandard()));
        assertThat(groups).contains("宁德时代", "比亚迪", "华为", "中兴", "大疆", "腾讯", "阿里巴巴", "百度", "国家电网有限公司",
                "中国石化", "中国石油", "中国中车", "中国中铁", "中国铁建", "京东方", "格力", "美的", "海尔", "联想", "小米", "吉利",
                "上汽", "长城汽车", "蔚来", "国轩高科", "亿纬锂能", "中国科学院", "清华大学", "Samsung", "LG", "SK",
                "Hyundai Motor Group", "Toyota", "Panasonic", "Sony", "Hitachi", "Bosch", "Siemens", "BASF",
                "General Electric", "IBM", "Alphabet", "Apple", "Microsoft", "Amazon", "Intel", "Qualcomm", "Tesla", "3M");
        assertThat(starter.lookup("SZ DJI OSMO TECHNOLOGY CO LTD").orElseThrow().group()).isEqualTo("大疆");
        assertThat(starter.lookup("国网浙江省电力公司").orElseThrow().group()).isEqualTo("国家电网有限公司");
        assertThat(starter.lookup("Samsung Display Co Ltd").orElseThrow().group()).isEqualTo("Samsung");
        assertThat(starter.lookup("LG ENERGY SOLUTION LTD").orElseThrow().group()).isEqualTo("LG");
        assertThat(starter.lookup("中国科学院物理研究所").orElseThrow().group()).isEqualTo("中国科学院");
        assertThat(starter.lookup("GEN ELECTRIC").orElseThrow().standard()).isEqualTo("General Electric Company");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
