package dev.navi.report.xlsx;

import dev.navi.metrics.Columns;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the atlas workbook says: the ready view model for {@link AtlasWorkbook}. Immutable; every list is copied.
 * Optional lists ({@code searchStrings}, {@code taggingQuality}) may be passed as {@code null} and become empty;
 * {@code cutOffDate} may be {@code null} (written as "—"). Data cells that are {@code null} become empty strings;
 * every data row must have exactly {@code dataColumns.size()} cells.
 *
 * @param title          workbook title (README first line and the file's core "title" property)
 * @param language       language of titles and labels
 * @param countingUnit   counting unit, e.g. "件（申请）" or "simple family"
 * @param dataSources    data sources, one per entry
 * @param cutOffDate     search cut-off date
 * @param searchStrings  search strings (optional)
 * @param taggingQuality tagging quality per chain node (optional)
 * @param definitions    metric definitions, in presentation order
 * @param dataColumns    header of the data sheet (tags as columns, unmapped source columns kept)
 * @param dataRows       one row per counted record
 * @param tables         metric tables, one sheet each, in presentation order
 * @param charts         native Excel charts drawn beside their table's data (optional)
 * @param dataTypes      per data column (same order as {@code dataColumns}): its header in the atlas's language and
 *                       the type its cells are written as (optional: empty = every column is text headed by its id)
 * @param namer          node, place and country names in the atlas's language for the tables' headers and values
 *                       (optional: null = ids and codes as they are)
 */
public record AtlasWorkbookModel(String title, Language language, String countingUnit, List<String> dataSources,
                                 LocalDate cutOffDate, List<String> searchStrings,
                                 List<TaggingQuality> taggingQuality, List<Definition> definitions,
                                 List<String> dataColumns, List<List<String>> dataRows, List<MetricTable> tables,
                                 List<NativeChart> charts, List<DataColumn> dataTypes, Columns.Namer namer) {

    /** As the canonical constructor, with untyped data columns and no names. */
    public AtlasWorkbookModel(String title, Language language, String countingUnit, List<String> dataSources,
                              LocalDate cutOffDate, List<String> searchStrings, List<TaggingQuality> taggingQuality,
                              List<Definition> definitions, List<String> dataColumns, List<List<String>> dataRows,
                              List<MetricTable> tables, List<NativeChart> charts) {
        this(title, language, countingUnit, dataSources, cutOffDate, searchStrings, taggingQuality, definitions,
                dataColumns, dataRows, tables, charts, List.of(), null);
    }

    /**
     * One column of the data sheet: its header in the atlas's language and how its cells (the row's text) are
     * written. The column's stable id is the matching entry of {@code dataColumns}.
     *
     * @param label header in the atlas's language
     * @param type  cell type
     */
    public record DataColumn(String label, Type type) {
        /** Cell types of the data sheet: text; whole numbers; decimals; ISO dates (yyyy-MM-dd) as date cells. */
        public enum Type { TEXT, INTEGER, DECIMAL, DATE }

        public DataColumn {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
        }
    }

    /** As the canonical constructor, without native charts. */
    public AtlasWorkbookModel(String title, Language language, String countingUnit, List<String> dataSources,
                              LocalDate cutOffDate, List<String> searchStrings, List<TaggingQuality> taggingQuality,
                              List<Definition> definitions, List<String> dataColumns, List<List<String>> dataRows,
                              List<MetricTable> tables) {
        this(title, language, countingUnit, dataSources, cutOffDate, searchStrings, taggingQuality, definitions,
                dataColumns, dataRows, tables, List.of());
    }

    /**
     * A native Excel chart on a table's sheet, referring to the sheet's own cells (so it follows edits in Excel).
     *
     * @param table          the table id
     * @param kind           line (a trend over a category such as the year) or bar (one value per category)
     * @param categoryColumn the column holding the categories (x axis)
     * @param seriesColumns  numeric columns drawn as series, in order
     * @param titleZh        Chinese chart title
     * @param titleEn        English chart title
     */
    public record NativeChart(String table, Kind kind, String categoryColumn, List<String> seriesColumns, String titleZh,
                              String titleEn) {
        /** Chart kinds. */
        public enum Kind { LINE, BAR }

        public NativeChart {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(categoryColumn, "categoryColumn");
            seriesColumns = List.copyOf(seriesColumns);
        }
    }

    /** Language of titles and labels. */
    public enum Language { ZH, EN }

    /**
     * Tagging quality of one chain node, from a hand-checked sample.
     *
     * @param node      chain node id or name
     * @param precision precision in [0,1], or {@code null} if not measured
     * @param recall    recall in [0,1], or {@code null} if not measured
     * @param intervals confidence intervals and sample sizes as text, or {@code null}
     */
    public record TaggingQuality(String node, Double precision, Double recall, String intervals) {
        public TaggingQuality {
            Objects.requireNonNull(node, "node");
        }
    }

    public AtlasWorkbookModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        countingUnit = countingUnit == null ? "" : countingUnit;
        dataSources = dataSources == null ? List.of() : List.copyOf(dataSources);
        searchStrings = searchStrings == null ? List.of() : List.copyOf(searchStrings);
        taggingQuality = taggingQuality == null ? List.of() : List.copyOf(taggingQuality);
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
        dataColumns = dataColumns == null ? List.of() : List.copyOf(dataColumns);
        tables = tables == null ? List.of() : List.copyOf(tables);
        charts = charts == null ? List.of() : List.copyOf(charts);
        dataTypes = dataTypes == null ? List.of() : List.copyOf(dataTypes);
        if (!dataTypes.isEmpty() && dataTypes.size() != dataColumns.size()) {
            throw new IllegalArgumentException(dataTypes.size() + " data column types for " + dataColumns.size()
                    + " data columns");
        }
        dataRows = dataRows instanceof LazyRows ? dataRows : copyRows(dataRows, dataColumns);
    }

    private static List<List<String>> copyRows(List<List<String>> dataRows, List<String> dataColumns) {
        List<List<String>> rows = new ArrayList<>(dataRows == null ? 0 : dataRows.size());
        if (dataRows != null) {
            int i = 0;
            for (List<String> r : dataRows) {
                if (r.size() != dataColumns.size()) {
                    throw new IllegalArgumentException("data row " + i + " has " + r.size() + " cells for "
                            + dataColumns.size() + " columns");
                }
                List<String> copy = new ArrayList<>(r.size());
                for (String s : r) {
                    copy.add(s == null ? "" : s);
                }
                rows.add(Collections.unmodifiableList(copy));
                i++;
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Data rows computed on demand, one at a time, while the workbook is written: for a million counted records the
     * rows are never all in memory. The function must return the same row for the same index; {@code null} cells
     * are written empty and a row of the wrong width fails the write with its row number.
     */
    public static List<List<String>> lazyRows(int size, java.util.function.IntFunction<List<String>> row) {
        return new LazyRows(size, row);
    }

    private static final class LazyRows extends java.util.AbstractList<List<String>> implements java.util.RandomAccess {
        private final int size;
        private final java.util.function.IntFunction<List<String>> row;

        LazyRows(int size, java.util.function.IntFunction<List<String>> row) {
            this.size = size;
            this.row = Objects.requireNonNull(row, "row");
        }

        @Override
        public List<String> get(int index) {
            Objects.checkIndex(index, size);
            return row.apply(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
