package dev.navi.report.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The low-level part of the Word writer: page set-up, the style sheet, runs with explicit fonts, complex fields,
 * bookmarks, pictures and the pre-filled table of contents. POI types stay in this package.
 *
 * <p>Choices:
 * <ul>
 *   <li>A4 portrait, margins 2.54 cm top/bottom and 2.5 cm left/right: the text is {@link #TEXT_WIDTH} twips (16 cm)
 *       wide, which tables and figures are sized to.</li>
 *   <li>Every run names its fonts (ascii/hAnsi/cs Times New Roman, eastAsia 宋体 for body text and 黑体 for headings,
 *       captions and table headers), so WPS, Word and LibreOffice do not fall back to a Western font for Chinese
 *       text. No {@code w:hint="eastAsia"}: with it LibreOffice breaks Latin words and numbers like CJK text.</li>
 *   <li>The styles {@code Heading1..3} carry the built-in names {@code heading 1..3} and an outline level, so the
 *       table of contents, Word's navigation pane and LibreOffice's navigator all see the chapters.</li>
 *   <li>Headings get deterministic bookmarks {@code _Toc0001}, {@code _Toc0002} ..., which the pre-filled TOC
 *       entries link to; no random ids anywhere.</li>
 * </ul>
 * Text is cleaned of characters XML cannot carry. Not thread-safe; one instance per document.
 */
final class Docx {
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_SIDE = 1418;
    static final int MARGIN_TOP = 1440;
    /** Width of the text column in twips (16 cm). */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    static final int TEXT_HEIGHT = PAGE_HEIGHT - 2 * MARGIN_TOP;
    static final String LATIN = "Times New Roman";
    static final String SONG = "宋体";
    static final String HEI = "黑体";
    private static final int EMU_PER_TWIP = 635;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A heading written so far: level, text and bookmark, for the table of contents. */
    record Heading(int level, String text, String bookmark) {
    }

    final XWPFDocument doc;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    /**
     * The row heights {@link TableWriter} worked out for the tables it wrote, by table, for {@link PageEstimate}:
     * reading them back out of POI's objects (every cell's text and runs) was most of the estimate's time.
     */
    final Map<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl, int[]> rowHeights = new java.util.IdentityHashMap<>();
    private int bookmarkId;

    Docx(boolean zh) {
        this.doc = new XWPFDocument();
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles(zh)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in style sheet does not parse", e);
        }
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_TOP));
        mar.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        mar.setRight(BigInteger.valueOf(MARGIN_SIDE));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(851));
        mar.setGutter(BigInteger.ZERO);
    }

    // ---- document-level ----

    /** Core properties: title, creator, and created/modified = the report date at 00:00 UTC (never the clock). */
    void properties(String title, LocalDate date) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(clean(title));
        core.setCreator("navi");
        core.setLastModifiedByUser("navi");
        Date d = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(d));
        core.setModified(Optional.of(d));
        doc.getProperties().getCustomProperties().addProperty(dev.navi.io.Manifest.OUTPUT_PROPERTY, "atlas.docx");
    }

    /**
     * Page header with {@code title} and footer with the page number on every page but the first (the cover): a
     * first-page header and footer that are empty, and {@code titlePg} in the section.
     */
    void headerAndFooter(String title) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFFooter firstFooter = doc.createFooter(HeaderFooterType.FIRST);
        firstFooter.createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setStyle("Header");
        run(hp, title, Font.BODY, false);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setStyle("Footer");
        field(fp, "PAGE", "1", Font.BODY);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** Asks Word to update fields (the TOC's page numbers) when the file is opened. */
    void updateFieldsOnOpen() {
        doc.enforceUpdateFields();
    }

    // ---- paragraphs ----

    /** Which font pair a run uses. */
    enum Font { BODY, HEADING }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    /** A heading with a bookmark for the table of contents; returns it. */
    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = paragraph("Heading" + level);
        String name = String.format(java.util.Locale.ROOT, "_Toc%04d", ++bookmarkId);
        CTP ctp = p.getCTP();
        CTBookmark start = ctp.addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(bookmarkId));
        run(p, text, Font.HEADING, false);
        ctp.addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId));
        headings.add(new Heading(level, clean(text), name));
        return p;
    }

    /** A body paragraph (style {@code BodyText}: first-line indent in Chinese). */
    XWPFParagraph text(String text) {
        XWPFParagraph p = paragraph("BodyText");
        run(p, text, Font.BODY, false);
        return p;
    }

    /** A body paragraph that starts with a bold lead-in. */
    XWPFParagraph leadText(String lead, String text) {
        XWPFParagraph p = paragraph("BodyText");
        run(p, lead, Font.HEADING, true);
        run(p, text, Font.BODY, false);
        return p;
    }

    /** A small note line (under a table, in the appendix). */
    XWPFParagraph note(String text) {
        XWPFParagraph p = paragraph("TableNote");
        run(p, text, Font.BODY, false);
        return p;
    }

    /**
     * A caption paragraph (centred, heading font) with a bookmark for the list of figures or tables; captions above
     * a table are kept with it. This one is a figure's (below it).
     */
    XWPFParagraph figureCaption(String text) {
        return caption(text, true);
    }

    /** A table's caption (above it, kept with it), bookmarked for the list of tables. */
    XWPFParagraph tableCaption(String text) {
        return caption(text, false);
    }

    private XWPFParagraph caption(String text, boolean figure) {
        XWPFParagraph p = paragraph("Caption");
        if (!figure) {
            p.getCTP().getPPr().addNewKeepNext();
        }
        String name = String.format(java.util.Locale.ROOT, figure ? "_Fig%04d" : "_Tab%04d", ++bookmarkId);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(bookmarkId));
        run(p, text, Font.HEADING, false);
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId));
        captions.add(new Caption(figure, clean(text), name));
        return p;
    }

    void pageBreak() {
        XWPFParagraph p = paragraph(null);
        p.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        fonts(p.getRuns().get(0), Font.BODY);
    }

    /** A run with explicit fonts; newlines become line breaks. */
    XWPFRun run(XWPFParagraph p, String text, Font font, boolean bold) {
        XWPFRun r = p.createRun();
        fonts(r, font);
        if (bold) {
            r.setBold(true);
        }
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /** Sets the four font slots on a run. */
    void fonts(XWPFRun r, Font font) {
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setCs(LATIN);
        f.setEastAsia(font == Font.HEADING ? HEI : SONG);
    }

    /** A complex field ({@code begin / instr / separate / cached result / end}) appended to {@code p}. */
    void field(XWPFParagraph p, String instruction, String cached, Font font) {
        fieldChar(p, STFldCharType.BEGIN, font);
        XWPFRun instr = p.createRun();
        fonts(instr, font);
        CTText t = instr.getCTR().addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE, font);
        run(p, cached, font, false);
        fieldChar(p, STFldCharType.END, font);
    }

    void fieldChar(XWPFParagraph p, STFldCharType.Enum type, Font font) {
        XWPFRun r = p.createRun();
        fonts(r, font);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }

    // ---- pictures ----

    /**
     * A centred picture scaled to the text width, or less when that would make it taller than 55 % of the text
     * height (85 % for figures taller than wide). The picture's size comes from its PNG header; drawing ids come from POI's id manager (1, 2, 3 ...).
     */
    void picture(Path png, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure " + png + ": " + e.getMessage(), e);
        }
        int[] size = pngSize(bytes);
        double ratio = size == null || size[0] <= 0 ? 0.625 : (double) size[1] / size[0];
        int width = TEXT_WIDTH;
        int height = (int) Math.round(width * ratio);
        // landscape charts keep to about half a page so text flows around them; tall figures (the chain tree) may
        // take most of a page, or they would shrink below legibility
        int maxHeight = (int) (TEXT_HEIGHT * (ratio > 0.9 ? 0.85 : 0.55));
        if (height > maxHeight) {
            width = (int) Math.round(maxHeight / ratio);
            height = maxHeight;
        }
        XWPFParagraph p = paragraph("Figure");
        XWPFRun r = p.createRun();
        fonts(r, Font.BODY);
        try {
            r.addPicture(new ByteArrayInputStream(bytes), PictureType.PNG, name, width * EMU_PER_TWIP,
                    height * EMU_PER_TWIP);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed figure " + png + ": " + e.getMessage(), e);
        }
    }

    /** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
    static int[] pngSize(byte[] b) {
        if (b.length < 24 || (b[0] & 0xFF) != 0x89 || b[1] != 'P' || b[2] != 'N' || b[3] != 'G') {
            return null;
        }
        return new int[] {readInt(b, 16), readInt(b, 20)};
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    // ---- table of contents, lists of figures and tables ----

    /** A caption written so far: figure or table, its text and bookmark, for the lists of figures and tables. */
    record Caption(boolean figure, String text, String bookmark) {
    }

    /** The captions written so far, in document order. */
    List<Caption> captions() {
        return List.copyOf(captions);
    }

    /** The headings written so far, in document order. */
    List<Heading> headings() {
        return List.copyOf(headings);
    }

    /**
     * Fills the table of contents before {@code marker} (an empty paragraph left where it goes), then the list of
     * figures and the list of tables, and removes the marker. Every entry is the heading's or caption's
     * text linked to its bookmark, a dot leader and a {@code PAGEREF} field to the bookmark: Word updates those fields
     * when it opens the file (the document asks it to), LibreOffice computes them as it lays the pages out, and WPS
     * and other viewers show the cached number, which is {@link PageEstimate}'s estimate. (A {@code TOC} field would
     * let Word rebuild the list, but LibreOffice and WPS show a TOC field's cached text as it is, without page
     * numbers.) Headings of level ≤ {@code levels} are listed; an empty list is left out with its title.
     */
    void contents(XWPFParagraph marker, int levels, String figuresTitle, String tablesTitle) {
        for (Heading h : headings) {
            if (h.level() <= levels) {
                entry(marker, "TOC" + h.level(), h.text(), h.bookmark());
            }
        }
        List<Caption> figures = captions.stream().filter(Caption::figure).toList();
        List<Caption> tables = captions.stream().filter(c -> !c.figure()).toList();
        boolean first = true;
        for (List<Caption> list : List.of(figures, tables)) {
            if (list.isEmpty()) {
                continue;
            }
            XWPFParagraph title = before(marker);
            title.setStyle("TOCHeading");
            // no page break: the lists follow the contents where they end (a contents page spilling three lines
            // onto a page of its own would leave that page nearly blank)
            title.setKeepNext(true);
            title.setSpacingBefore(first ? 480 : 360);
            first = false;
            run(title, list == figures ? figuresTitle : tablesTitle, Font.HEADING, true);
            for (Caption c : list) {
                entry(marker, "TOF", c.text(), c.bookmark());
            }
        }
        doc.removeBodyElement(doc.getPosOfParagraph(marker));
        numberEntries();
    }

    /** A paragraph of the executive summary inserted before {@code marker}: a bold group title or an item. */
    void summaryLine(XWPFParagraph marker, String text, boolean title) {
        XWPFParagraph p = before(marker);
        p.setStyle(title ? "Heading3" : "BodyText");
        run(p, text, title ? Font.HEADING : Font.BODY, title);
    }

    private final List<CTR> pageRuns = new ArrayList<>();
    private final List<String> pageTargets = new ArrayList<>();

    private XWPFParagraph before(XWPFParagraph marker) {
        XmlCursor c = marker.getCTP().newCursor();
        XWPFParagraph p = doc.insertNewParagraph(c);
        c.close();
        return p;
    }

    private void entry(XWPFParagraph marker, String style, String text, String bookmark) {
        XWPFParagraph p = before(marker);
        p.setStyle(style);
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        XWPFRun run = new XWPFRun(link.addNewR(), p);
        fonts(run, Font.BODY);
        run.setText(text);
        XWPFRun tab = new XWPFRun(link.addNewR(), p);
        fonts(tab, Font.BODY);
        tab.addTab();
        linkField(link, p, STFldCharType.BEGIN);
        XWPFRun instr = new XWPFRun(link.addNewR(), p);
        fonts(instr, Font.BODY);
        CTText t = instr.getCTR().addNewInstrText();
        t.setStringValue(" PAGEREF " + bookmark + " \\h ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        linkField(link, p, STFldCharType.SEPARATE);
        XWPFRun cached = new XWPFRun(link.addNewR(), p);
        fonts(cached, Font.BODY);
        cached.setText("1");
        pageRuns.add(cached.getCTR());
        pageTargets.add(bookmark);
        linkField(link, p, STFldCharType.END);
    }

    private void linkField(CTHyperlink link, XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = new XWPFRun(link.addNewR(), p);
        fonts(r, Font.BODY);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }

    /** Gives every entry's {@code PAGEREF} field the estimated page of its bookmark as its cached value. */
    private void numberEntries() {
        Map<String, Integer> pages = PageEstimate.pages(doc.getBodyElements(), rowHeights);
        for (int i = 0; i < pageRuns.size(); i++) {
            Integer page = pages.get(pageTargets.get(i));
            pageRuns.get(i).getTArray(0).setStringValue(page == null ? "" : String.valueOf(page));
        }
    }

    /** Bookmark name → estimated page of the finished document (see {@link PageEstimate}). */
    Map<String, Integer> estimatedPages() {
        return PageEstimate.pages(doc.getBodyElements(), rowHeights);
    }

    // ---- text ----

    /** Drops characters XML 1.0 cannot carry (controls other than tab and newline); null becomes "". */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    // ---- the style sheet ----

    private static String font(String eastAsia) {
        return "<w:rFonts w:ascii=\"" + LATIN + "\" w:hAnsi=\"" + LATIN + "\" w:eastAsia=\"" + eastAsia + "\" w:cs=\""
                + LATIN + "\"/>";
    }

    private static String paragraphStyle(String id, String name, String basedOn, String next, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + "<w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    /**
     * The style sheet. Sizes in half-points: body 12 pt (小四), Heading 1 16 pt (三号), Heading 2 14 pt (四号),
     * Heading 3 12 pt, captions 10.5 pt (五号), tables 9 pt (小五), notes 9 pt. Line spacing 1.25 for body text.
     */
    static String styles(boolean zh) {
        // w:val is the language of Latin-script text: en-US in both reports (zh-CN there makes LibreOffice break
        // English words anywhere); Chinese text takes w:eastAsia.
        String lang = "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>";
        String tocTabs = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs>";
        String bodyInd = zh ? "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>" : "";
        StringBuilder s = new StringBuilder();
        s.append("<w:styles xmlns:w=\"").append(W).append("\">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(font(SONG))
                .append("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>").append(lang)
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
                        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/><w:pPr><w:widowControl/><w:jc w:val=\"both\"/></w:pPr><w:rPr>").append(font(SONG))
                .append("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>");
        s.append(paragraphStyle("Heading1", "heading 1", "Normal", "BodyText",
                "<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before=\"240\" w:after=\"360\"/>"
                        + "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
                font(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"));
        s.append(paragraphStyle("Heading2", "heading 2", "Normal", "BodyText",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"180\"/><w:jc w:val=\"left\"/>"
                        + "<w:outlineLvl w:val=\"1\"/>",
                font(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"));
        s.append(paragraphStyle("Heading3", "heading 3", "Normal", "BodyText",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/>"
                        + "<w:outlineLvl w:val=\"2\"/>",
                font(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"));
        s.append(paragraphStyle("BodyText", "Body Text", "Normal", null,
                "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"300\" w:lineRule=\"auto\"/>" + bodyInd, ""));
        s.append(paragraphStyle("Title", "Title", "Normal", "Normal",
                "<w:spacing w:before=\"2400\" w:after=\"600\"/><w:jc w:val=\"center\"/>",
                font(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"));
        s.append(paragraphStyle("CoverLine", "Cover Line", "Normal", null,
                "<w:spacing w:before=\"60\" w:after=\"60\"/><w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"));
        s.append(paragraphStyle("TOCHeading", "TOC Heading", "Normal", "Normal",
                "<w:spacing w:before=\"240\" w:after=\"360\"/><w:jc w:val=\"center\"/>",
                font(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"));
        s.append(paragraphStyle("TOC1", "toc 1", "Normal", "Normal",
                tocTabs + "<w:spacing w:before=\"120\" w:after=\"0\"/>", "<w:b/><w:bCs/>"));
        s.append(paragraphStyle("TOC2", "toc 2", "Normal", "Normal",
                tocTabs + "<w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:left=\"480\"/>", ""));
        s.append(paragraphStyle("TOC3", "toc 3", "Normal", "Normal",
                tocTabs + "<w:ind w:left=\"960\"/>", ""));
        s.append(paragraphStyle("TOF", "table of figures", "Normal", "Normal",
                tocTabs + "<w:spacing w:before=\"0\" w:after=\"0\"/>", "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"));
        s.append(paragraphStyle("Caption", "caption", "Normal", "Normal",
                "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                font(HEI) + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"));
        s.append(paragraphStyle("Figure", "Figure", "Normal", "Caption",
                "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"center\"/>", ""));
        s.append(paragraphStyle("TableText", "Table Text", "Normal", null,
                "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
        s.append(paragraphStyle("TableNote", "Table Note", "Normal", null,
                "<w:spacing w:before=\"60\" w:after=\"180\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
        s.append(paragraphStyle("Header", "header", "Normal", null,
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr>"
                        + "<w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
        s.append(paragraphStyle("Footer", "footer", "Normal", null, "<w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
        s.append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }
}
