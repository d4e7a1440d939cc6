package dev.navi.report.docx;

/**
 * Figure and table numbers, per chapter: 图 2-1, 图 2-2 … / Figure 2-1 … below figures, 表 2-1 … / Table 2-1 …
 * above tables; appendices number as 表 B-1. The numbers are plain text (not SEQ fields), so every viewer shows
 * them without updating fields and the same model always gives the same numbers.
 */
final class Captions {
    private final boolean en;
    private String chapter = "0";
    private int figures;
    private int tables;

    Captions(boolean en) {
        this.en = en;
    }

    /** Starts a chapter ({@code "1"} … or {@code "A"} …); numbering restarts. */
    void chapter(String label) {
        chapter = label;
        figures = 0;
        tables = 0;
    }

    /** The next figure caption. */
    String figure(String title) {
        return (en ? "Figure " : "图 ") + chapter + "-" + (++figures) + (en ? "  " : "  ") + title;
    }

    /** The number of the last table caption: {@code 表 2-3} / {@code Table 2-3}. */
    String lastTable() {
        return (en ? "Table " : "表 ") + chapter + "-" + tables;
    }

    /** The number of the last figure caption: {@code 图 2-3} / {@code Figure 2-3}. */
    String lastFigure() {
        return (en ? "Figure " : "图 ") + chapter + "-" + figures;
    }

    /** The next table caption. */
    String table(String title) {
        return (en ? "Table " : "表 ") + chapter + "-" + (++tables) + "  " + title;
    }
}
