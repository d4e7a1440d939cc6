package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Text;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.PublicationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header matching, detection scores and the incoPat / Patentics / Lens readings, on hand-made rows. */
class ChineseVendorLayoutTest {
    private final LayoutRegistry registry = LayoutRegistry.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"标题 (中文)", "标题（中文）", "标题(中文)", "标题 （ 中文 ）", "标 题【中文】", "标题\u3000(中文)", " 标题 (中文)\uFEFF"})
    void bracketWidthsSpacesAndShapesMatchAlike(String name) {
        assertThat(Header.normalise(name)).isEqualTo("标题(中文)");
    }

    @Test
    void wordSpacesAndCaseInLatinNamesAreKeptApartOnlyByCase() {
        assertThat(Header.normalise("Publication  Number")).isEqualTo("publication number");
        assertThat(Header.normalise("Title - DWPI")).isEqualTo("title - dwpi");
        assertThat(Header.normalise("[标]当前申请(专利权)人")).isEqualTo(Header.normalise("【标】当前申请（专利权）人"));
        assertThat(Header.normalise("IPC  主分类")).isEqualTo("ipc 主分类");
    }

    @Test
    void patenticsCsvIsToldApartFromIncopatByItsOwnColumns() {
        // given the real Patentics CSV header, which shares 公开号 / 申请人 / 标准化申请人 with incoPat
        Header h = header("公开号", "申请号", "标题", "申请日", "公开日", "授权公告日", "国际分类", "国际主分类", "美国分类",
                "美国主分类", "权利要求数", "申请人", "标准化申请人", "发明人", "第一发明人", "本文引用专利数", "引用本文专利数",
                "法律状态", "同族专利数", "技术特征");
        // when
        LayoutRegistry.Detection d = registry.explain(h).orElseThrow();
        // then
        assertThat(d.layout().id()).isEqualTo("patentics");
        assertThat(d.runnerUp().id()).isEqualTo("incopat");
        assertThat(d.score()).isGreaterThan(d.runnerUpScore() + ColumnLayout.MARK_WEIGHT);
        assertThat(d.columns()).contains("公开号", "国际分类", "本文引用专利数").doesNotContain("申请人", "标题");
        assertThat(d.describe()).startsWith("by 公开号, 国际分类").contains("next: incopat");
    }

    @Test
    void patenticsWorkbookWhoseNumberColumnIsNamedPatentics() {
        Header h = header("Patentics", "申请号", "标题", "公开日", "申请日", "标准化申请人", "申请人", "国际分类", "国际主分类");
        assertThat(registry.detect(h)).map(ExportLayout::id).contains("patentics");
    }

    @Test
    void incopatFieldSelectionIsIncopatAndPatsnapStaysPatsnap() {
        Header incopat = header("序号", "标题 (中文)", "标题 (英文)", "申请人", "公开（公告）号", "公开（公告）日", "申请号",
                "申请日", "公开类型", "公开国别", "链接到incoPat", "IPC主分类", "标准化申请人");
        Header patsnap = header("公开(公告)号", "标题", "申请日", "公开(公告)日", "当前申请(专利权)人", "发明人", "法律状态/事件");
        assertThat(registry.explain(incopat).orElseThrow().layout().id()).isEqualTo("incopat");
        assertThat(registry.explain(incopat).orElseThrow().runnerUp()).isNull();
        assertThat(registry.detect(patsnap)).map(ExportLayout::id).contains("patsnap");
    }

    @Test
    void incopatTitlesAbstractsInBothLanguagesAndUnwrappedStandardNames() {
        // given
        Header h = header("标题 (中文)", "标题 (英文)", "摘要 (中文)", "摘要 (英文)", "申请人", "公开（公告）号", "申请日",
                "标准化申请人", "新兴产业分类", "公开国别");
        RowMapper m = new IncopatLayout().mapper(h, "t.xlsx");
        // when
        Patent p = m.map(row("一种语音唤醒方法", "Voice wake-up method", "本发明提供……", "The invention provides ...",
                "通用汽车有限责任公司; 华为技术有限公司", "CN111341297A", "1897/09/04",
                "[通用汽车-C; 华为公司-C; 清华大学-E]", "1.5 (人工智能),8.4 (数字创意与融合服务)", "中国"), "s").patent();
        // then
        assertThat(p.title()).isEqualTo("一种语音唤醒方法");
        assertThat(p.titleAlt()).isEqualTo("Voice wake-up method");
        assertThat(p.abstractText()).isEqualTo("本发明提供……");
        assertThat(p.abstractAlt()).isEqualTo("The invention provides ...");
        assertThat(p.vendorApplicants()).containsExactly("通用汽车", "华为公司", "清华大学");
        assertThat(p.extra()).containsEntry(IncopatLayout.VENDOR_TYPE_EXTRA, "C; C; E");
        // a pre-1900 date is text in the workbook (Excel cannot hold it)
        assertThat(p.applicationDate()).isEqualTo(LocalDate.of(1897, 9, 4));
        // known columns without a field are kept as exported and reported as known, not unmapped
        assertThat(p.extra()).containsEntry("新兴产业分类", "1.5 (人工智能),8.4 (数字创意与融合服务)").containsEntry("公开国别", "中国");
        assertThat(m.keptColumns()).containsExactly("新兴产业分类", "公开国别");
        assertThat(m.unmappedColumns()).isEmpty();
        assertThat(m.mappedColumns()).containsEntry("标题 (英文)", Field.TITLE_ALT.key());
    }

    @Test
    void theOtherLanguageStandsInWhenTheFirstIsMissingAndIsDroppedWhenItRepeats() {
        Header h = header("标题 (中文)", "标题 (英文)", "公开（公告）号", "申请人");
        RowMapper m = new IncopatLayout().mapper(h, "t.xlsx");
        Patent foreign = m.map(row("", "Dynamic batch size selection", "US20190320115A1", "GM"), null).patent();
        Patent same = m.map(row("OpenAI", "OpenAI", "CN110298449A", "X"), null).patent();
        assertThat(foreign.title()).isEqualTo("Dynamic batch size selection");
        assertThat(foreign.titleAlt()).isNull();
        assertThat(same.title()).isEqualTo("OpenAI");
        assertThat(same.titleAlt()).isNull();
    }

    @Test
    void mainIpcAloneFillsTheIpcList() {
        Header h = header("公开（公告）号", "申请人", "IPC主分类");
        Patent p = new IncopatLayout().mapper(h, "t.xlsx").map(row("CN110298449A", "X", "G06N20/00"), null).patent();
        assertThat(p.mainIpc()).isEqualTo("G06N20/00");
        assertThat(p.ipc()).containsExactly("G06N20/00");
    }

    @Test
    void patenticsCodesLinksAndInventors() {
        // given
        Header h = header("公开号", "国际分类", "国际主分类", "发明人", "申请日");
        RowMapper m = new PatenticsLayout().mapper(h, "p.csv");
        // when
        Patent p = m.map(row("=HYPERLINK(\"https://www.patentics.com/x\",\"CN217161623U\")", "G06F  3/04845 | G06K  9/62 |",
                "B64C 39/02 ▪以特殊用途为特点的", "Wrenninge; Carl Magnus | Unger; Carl Jonas Magnus", "20190125"), null).patent();
        // then
        assertThat(p.publicationNumber()).isEqualTo("CN217161623U");
        assertThat(p.ipc()).containsExactly("G06F3/04845", "G06K9/62");
        assertThat(p.mainIpc()).isEqualTo("B64C39/02");
        assertThat(p.inventors()).containsExactly("Wrenninge; Carl Magnus", "Unger; Carl Jonas Magnus");
        assertThat(p.applicationDate()).isEqualTo(LocalDate.of(2019, 1, 25));
    }

    @Test
    void lensGrantedPatentAndOldUsKindAAreGrants() {
        // given
        Header h = header("#", "Jurisdiction", "Kind", "Display Key", "Lens ID", "Publication Date", "Applicants", "Type", "DOI(s)");
        RowMapper m = new LensLayout().mapper(h, "l.csv");
        // when
        Patent granted = m.map(row("1", "EP", "B1", "EP 1234567 B1", "000-1", "2015-03-04", "X", "Granted Patent", "10.1/x"), null).patent();
        Patent application = m.map(row("2", "EP", "A1", "EP 1234567 A1", "000-2", "2012-03-04", "X", "Patent Application", ""), null).patent();
        Patent oldUs = m.map(row("3", "US", "A", "US 3982033 A", "000-3", "1976-09-21", "X", "", ""), null).patent();
        Patent newUs = m.map(row("4", "US", "A1", "US 2013/0101709 A1", "000-4", "2013-04-25", "X", "", ""), null).patent();
        // then
        assertThat(granted.grantDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(application.grantDate()).isNull();
        assertThat(oldUs.grantDate()).isEqualTo(LocalDate.of(1976, 9, 21));
        assertThat(newUs.grantDate()).isNull();
        assertThat(granted.extra()).containsEntry("DOI(s)", "10.1/x");
        assertThat(m.keptColumns()).contains("DOI(s)", "#");
        assertThat(m.unmappedColumns()).isEmpty();
    }

    @Test
    void singaporeNationalPhaseNumbersAndHyperlinkLabels() {
        assertThat(PublicationNumber.parse("SG11202004541WA")).get()
                .satisfies(n -> assertThat(n.office()).isEqualTo("SG"))
                .satisfies(n -> assertThat(n.serial()).isEqualTo("11202004541"))
                .satisfies(n -> assertThat(n.kind()).isEqualTo("WA"));
        assertThat(PublicationNumber.parse("CN115958995A")).get().extracting(PublicationNumber::kind).isEqualTo("A");
        assertThat(Text.hyperlinkLabel("=HYPERLINK(\"https://a/b?c=1\",\"CN217161623U\")")).isEqualTo("CN217161623U");
        assertThat(Text.hyperlinkLabel("CN217161623U")).isEqualTo("CN217161623U");
        assertThat(Text.hyperlinkLabel("=SUM(A1)")).isEqualTo("=SUM(A1)");
    }

    private static Header header(String... names) {
        return new Header(List.of(names), 1);
    }

    @Test
    void aWarningsFirstRowIsTheEarliestEvenWhenRowsComeOutOfOrder() {
        // given a mapper of a parallel read that maps a later batch of rows (1501) before an earlier one (701, 2901)
        Header h = header("#", "Jurisdiction", "Kind", "Display Key", "Lens ID", "Publication Date", "Applicants");
        RowMapper m = new LensLayout().mapper(h, "l.csv");
        for (long line : new long[]{1501, 701, 2901}) {
            m.map(new RawRow(line, List.of("1", "CN", "A", "CN 100001 A", "000-1", "not a date", "X"), "", null), null);
        }
        // then the three are counted and the first location is the earliest row, not the first mapped
        RowMapper.Warning w = m.warnings().get("Publication Date: not a date");
        assertThat(w.count()).isEqualTo(3);
        assertThat(w.firstRow()).isEqualTo(701);
        assertThat(w.firstLocation()).isEqualTo("row 701");
    }

    private static RawRow row(String... cells) {
        return new RawRow(2, List.of(cells), String.join("\t", cells), null);
    }
}
