package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real exports in ../shared/data/real hold, record by record. Layout, counts and fill rates of every file
 * are checked by {@link RealExportsRegressionTest} from its one expectation table.
 */
class RealExportsTest {
    private final IngestService service = new IngestService(LayoutRegistry.builtIn());

    @Test
    void lensDronesFragmentsAreRejectedWithTheirReason() throws IOException {
        // given the 2017 Lens export whose citation cells break 38 rows into fragments
        Collected c = collect(RealData.file("lens_oldham_drones/lens_drones_2017_raw.csv"));
        // then every record number 1..9071 is kept once and every fragment is rejected as one
        Set<String> seq = c.patents.stream().map(p -> p.extra().get("#")).collect(Collectors.toSet());
        assertThat(seq).hasSize(9071).contains("1", "2", "9071");
        assertThat(c.rejects).hasSize(38).allSatisfy(r -> assertThat(r.reason()).startsWith("row fragment:"));
        assertThat(c.rejects.get(0).raw()).startsWith("t. J. Secur. Netw.");
        // the row that starts with the digit "2" is a fragment too, not a second record #2
        assertThat(c.rejects).anySatisfy(r -> assertThat(r.raw()).startsWith("2,"));
    }

    @Test
    void patsnapUtf8AndGbkCopiesGiveTheSameRecordsButForTheCharacterGbkCannotHold() throws IOException {
        // given
        List<Patent> utf8 = collect(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv")).patents;
        List<Patent> gbk = collect(RealData.file("patsnap_cn_yakkhini/data_5a66d18_gbk.csv")).patents;
        // when
        int differingRecords = 0;
        int lostChars = 0;
        for (int i = 0; i < utf8.size(); i++) {
            Patent a = utf8.get(i);
            Patent b = gbk.get(i);
            assertThat(b.publicationNumber()).isEqualTo(a.publicationNumber());
            String sa = a.toBuilder().provenance(b.provenance()).build().toString();
            String sb = b.toString();
            if (!sa.equals(sb)) {
                differingRecords++;
                lostChars += countOf(sa, "䶮");
                assertThat(sb.replace('?', '䶮')).isEqualTo(sa.replace('?', '䶮'));
            }
        }
        // then exactly the 3 occurrences of 䶮 (not in GBK) differ
        assertThat(utf8).hasSize(531);
        assertThat(lostChars).isEqualTo(3);
        assertThat(differingRecords).isBetween(1, 3);
    }

    @Test
    void patsnapFieldsAreMapped() throws IOException {
        List<Patent> ps = collect(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv")).patents;
        Patent first = ps.get(0);
        assertThat(first.publicationNumber()).isEqualTo("CN213624990U");
        assertThat(first.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(first.applicationDate()).isEqualTo(LocalDate.of(2020, 6, 24));
        assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2021, 7, 6));
        assertThat(first.currentOwners()).containsExactly("中原利达铁路轨道技术发展有限公司");
        assertThat(first.applicants()).containsExactly("中原利达铁路轨道技术发展有限公司");
        assertThat(first.inventors()).containsExactly("刘永奎", "田伟", "马红伦", "邵缇", "罗伟先");
        assertThat(first.legalStatus()).isEqualTo(LegalStatus.ACTIVE);
        // A and B publications and WO numbers are all there
        assertThat(ps).extracting(Patent::kindCode).contains("A", "B", "U", "A1");
        assertThat(ps).filteredOn(p -> "WO".equals(p.office())).hasSize(3);
        // "授权 | 一案双申": status and events from one cell
        assertThat(ps).anySatisfy(p -> assertThat(p.legalEvents()).containsExactly("授权", "一案双申"));
        // 权利转移 counts as a transfer
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.legalEvents()).contains("权利转移");
            assertThat(p.transferCount()).isEqualTo(1);
        });
    }

    @Test
    void googleExportsOverlapAsSourceSays() throws IOException {
        // given
        List<Patent> a = collect(RealData.file("google_patents_vcers/gp-search.csv")).patents;
        List<Patent> b = collect(RealData.file("google_patents_vcers/gp-search-2.csv")).patents;
        Set<String> ida = a.stream().map(Patent::publicationNumber).collect(Collectors.toSet());
        Set<String> idb = b.stream().map(Patent::publicationNumber).collect(Collectors.toSet());
        // then: 4,264 rows with one duplicate id, all of them inside the 4,294-row superset
        assertThat(a).hasSize(4264);
        assertThat(ida).hasSize(4263);
        assertThat(idb).containsAll(ida);
        assertThat(idb.size()).isGreaterThan(ida.size());
        // ids are normalised and names split without breaking "Co., Ltd."
        Patent first = a.get(0);
        assertThat(first.publicationNumber()).isEqualTo("US11355780B2");
        assertThat(first.applicants()).containsExactly("Idemitsu Kosan Co., Ltd.");
        assertThat(first.title()).isEqualTo("Sulfide solid electrolyte particles");
        assertThat(first.inventors()).hasSize(5).contains("Hironari KIMPARA");
        assertThat(a).anySatisfy(p -> assertThat(p.applicants())
                .containsExactly("Idemitsu Kosan Co., Ltd.", "Toyota Jidosha Kabushiki Kaisha"));
        // "不公告发明人" is a placeholder, not an inventor
        assertThat(a).allSatisfy(p -> assertThat(p.inventors()).doesNotContain("不公告发明人"));
        // grant date present only for grants
        assertThat(a.stream().filter(p -> p.grantDate() != null).count()).isBetween(1000L, 1400L);
    }

    @Test
    void lensCurrentColumnSet() throws IOException {
        List<Patent> ps = collect(RealData.file("lens_opensangamo/lens-export.csv")).patents;
        Patent p = ps.get(0);
        assertThat(p.publicationNumber()).isEqualTo("US9833479B2");
        assertThat(p.sourceId()).isEqualTo("004-833-779-175-375");
        assertThat(p.applicationNumber()).isEqualTo("US201715458258A");
        assertThat(p.priorityNumbers()).containsExactly("US201715458258A", "US201514813924A", "US201462030942P");
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2014, 7, 30));
        assertThat(p.abstractText()).startsWith("The present disclosure is in the field of genome engineering");
        assertThat(p.inventors()).containsExactly("CONWAY ANTHONY", "COST GREGORY J", "HOLMES MICHAEL C", "URNOV FYODOR");
        assertThat(p.currentOwners()).first().asString().startsWith("SANGAMO THERAPEUTICS INC");
        assertThat(p.familyMembers()).isNotEmpty();
        assertThat(p.familyOffices()).isNotEmpty();
        assertThat(p.cpc()).isNotEmpty();
        assertThat(ps).allSatisfy(x -> assertThat(x.legalStatus()).isNotNull());
    }

    @Test
    void lensOldExportsReadTwoDigitYearsAgainstThePublicationYear() throws IOException {
        List<Patent> ps = collect(RealData.file("lens_oldham_opa/pizza_lens_1000_raw.csv")).patents;
        Patent first = ps.get(0);
        assertThat(first.publicationNumber()).isEqualTo("US20130101709A1");
        assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2013, 4, 25));
        assertThat(first.applicationDate()).isEqualTo(LocalDate.of(2012, 10, 22));
        assertThat(first.priorityDate()).isEqualTo(LocalDate.of(2011, 10, 24));
        Patent old = ps.stream().filter(x -> x.publicationNumber().equals("US3982033A")).findFirst().orElseThrow();
        assertThat(old.publicationDate()).isEqualTo(LocalDate.of(1976, 9, 21));
        assertThat(old.applicationDate()).isEqualTo(LocalDate.of(1971, 8, 24));
        assertThat(old.priorityDate()).isEqualTo(LocalDate.of(1969, 11, 28));
        assertThat(old.ipc()).containsExactly("A21C9/04", "A21D13/00", "A23G3/02", "A23G3/20");
        // two-digit years never land a century off: every filing is within 60 years before publication
        assertThat(ps).allSatisfy(x -> {
            if (x.applicationDate() != null && x.publicationDate() != null) {
                assertThat(x.applicationDate()).isBetween(x.publicationDate().minusYears(60), x.publicationDate().plusYears(1));
            }
        });
    }

    @Test
    void espacenetCsvAndXlsGiveTheSameRecords() throws IOException {
        List<Patent> csv = collect(RealData.file("espacenet_oldham_opa/pizza_small.csv")).patents;
        FileReport xlsReport = inspect(RealData.file("espacenet_oldham_opa/pizza_small.xls"));
        List<Patent> xls = collect(RealData.file("espacenet_oldham_opa/pizza_small.xls")).patents;
        assertThat(xlsReport.preambleRows() + xlsReport.blankRows()).isEqualTo(4);
        assertThat(xls).extracting(Patent::publicationNumber).containsExactlyElementsOf(
                csv.stream().map(Patent::publicationNumber).toList());
        Patent wo = csv.stream().filter(p -> "WO2015026896A1".equals(p.publicationNumber())).findFirst().orElseThrow();
        assertThat(wo.kindCode()).isEqualTo("A1");
        assertThat(wo.applicants()).containsExactly("ELWHA LLC [US]");
        assertThat(wo.applicantCountries()).containsExactly("US");
        assertThat(wo.inventors()).hasSize(4).first().isEqualTo("FAHEY-BURKE SAMUEL J [US]");
        assertThat(wo.applicationDate()).isEqualTo(LocalDate.of(2014, 8, 20));
        assertThat(wo.priorityNumbers()).containsExactly("US201313974256", "US201313974270", "US201313974283");
        assertThat(wo.priorityDate()).isEqualTo(LocalDate.of(2013, 8, 23));
        // two publications of one application in one cell: the first is the record, both are family members
        assertThat(csv).anySatisfy(p -> {
            assertThat(p.publicationNumber()).isEqualTo("KR20140005675U");
            assertThat(p.familyMembers()).containsExactly("KR20140005675U", "KR200475295Y1");
            assertThat(p.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        });
    }

    @Test
    void patentscopePriorityDataAndOddNumbers() throws IOException {
        Collected c = collect(RealData.file("patentscope_oldham_opa/patentscope_pizza_1940_2005_9659.xls"));
        assertThat(c.patents).allSatisfy(p -> assertThat(p.kindCode()).isNull());
        Patent first = c.patents.get(0);
        assertThat(first.publicationNumber()).isEqualTo("US20050286606");
        assertThat(first.office()).isEqualTo("US");
        // "[60/083,758 1998-05-01T23:59:59.000Z US, 60/094,869 1998-07-31T23:59:59.000Z US]"
        assertThat(c.patents).anySatisfy(p -> {
            assertThat(p.priorityNumbers()).contains("US60083758", "US60094869");
            assertThat(p.priorityDate()).isEqualTo(LocalDate.of(1998, 5, 1));
        });
        assertThat(c.patents).anySatisfy(p -> assertThat(p.publicationNumber()).startsWith("MXPAA"));
        // IPC repeats are dropped
        assertThat(c.patents).allSatisfy(p -> assertThat(new LinkedHashSet<>(p.ipc())).hasSameSizeAs(p.ipc()));
    }

    @Test
    void incopatSelectionsAsAnalystsExportThem() throws IOException {
        // given
        List<Patent> openai = collect(RealData.file("incopat_yangdongbjcn/incopat_OpenAI_72.xlsx")).patents;
        List<Patent> gm = collect(RealData.file("incopat_yangdongbjcn/incopat_gm_10000.xlsx")).patents;
        // then: 标题 (中文) / 标题 (英文) / 摘要 (中文) / 摘要 (英文), a space and half-width brackets
        Patent first = openai.get(0);
        assertThat(first.publicationNumber()).isEqualTo("CN111341297A");
        assertThat(first.title()).isEqualTo("一种语音唤醒率测试系统及方法");
        assertThat(first.titleAlt()).isEqualTo("Voice wake-up rate test system and method");
        assertThat(first.abstractText()).startsWith("本发明提供了一种用于测试语音模型唤醒率测试系统及方法");
        assertThat(first.abstractAlt()).startsWith("The invention provides a test system and method for testing");
        assertThat(first.extra()).containsEntry("公开国别", "中国").containsKey("链接到incoPat");
        // 标准化申请人: [通用汽车-C], and one pair of brackets around a whole list [建设银行-C; 建信金融科技有限责任公司]
        Patent us = gm.get(1);
        assertThat(us.publicationNumber()).isEqualTo("US20190320115A1");
        assertThat(us.vendorApplicants()).containsExactly("通用汽车");
        assertThat(us.extra()).containsEntry(dev.navi.ingest.layout.IncopatLayout.VENDOR_TYPE_EXTRA, "C");
        assertThat(gm).anySatisfy(p -> assertThat(p.vendorApplicants()).containsExactly("建设银行", "建信金融科技有限责任公司"));
        assertThat(gm).allSatisfy(p -> assertThat(p.vendorApplicants())
                .noneMatch(n -> n.startsWith("[") || n.endsWith("]") || n.matches(".*-[A-Za-z]")));
        // IPC主分类 without an IPC column: the main class is the record's class
        assertThat(gm.get(0).ipc()).containsExactly("G06N20/00");
    }

    @Test
    void patenticsKeepsItsIpcAndItsInventorNames() throws IOException {
        List<Patent> csv = collect(RealData.file("patentics_yangdongbjcn/patentics_aurora_global30.csv")).patents;
        List<Patent> xlsx = collect(RealData.file("patentics_yangdongbjcn/patentics_drone_us_download3.xlsx")).patents;
        Patent a = csv.get(0);
        assertThat(a.publicationNumber()).isEqualTo("US11170254B2");
        assertThat(a.provenance().layout()).isEqualTo("patentics");
        assertThat(a.ipc()).containsExactly("G06K9/62");
        assertThat(a.inventors()).containsExactly("Wrenninge; Carl Magnus", "Unger; Carl Jonas Magnus");
        assertThat(a.applicationDate()).isEqualTo(LocalDate.of(2019, 1, 25));
        assertThat(a.citesCount()).isEqualTo(139);
        Patent x = xlsx.get(0);
        assertThat(x.publicationNumber()).isEqualTo("US20200062390A1");
        assertThat(x.title()).isEqualTo("紧凑存储模式的无人机");
        assertThat(x.mainIpc()).isEqualTo("B64C39/02"); // 'B64C 39/02 ▪以特殊用途为特点的'
        assertThat(x.inventors()).containsExactly("Hefner; Levi Charles", "Easley; Dakota Charles");
    }

    private FileReport inspect(Path path) {
        List<IngestService.FileOutcome> o = service.inspect(List.of(path));
        assertThat(o.get(0).error()).isNull();
        return o.get(0).report();
    }

    private static int countOf(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Records and rejects of one file, in order. */
    static final class Collected implements RecordSink {
        final List<Patent> patents = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();

        @Override
        public void record(Patent patent) {
            patents.add(patent);
        }

        @Override
        public void reject(Reject reject) {
            rejects.add(reject);
        }

        @Override
        public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
        }
    }

    static Collected collect(Path path) throws IOException {
        Collected c = new Collected();
        new FileReader(LayoutRegistry.builtIn(), null).read(path, path.toString(), c);
        return c;
    }
}
