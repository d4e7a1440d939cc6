package dev.navi.ingest;

import java.util.List;
import java.util.Map;

/**
 * What reading one input file found. {@code read == kept + rejected} always holds; blank rows and the rows
 * above the header (banners, search strings) are not records and are counted apart.
 *
 * @param path            the file as the user named it
 * @param layout          detected layout id ({@code lens}, {@code patsnap} ...)
 * @param layoutName      its human-readable name
 * @param format          {@code csv}, {@code tsv}, {@code xls} or {@code xlsx}
 * @param encoding        detected text encoding
 * @param sheets          the sheets read (name and header row); a single {@code null}-named entry for text files
 * @param lookup          true for lookup tables (rows describe applicants, not patents)
 * @param read            data rows read
 * @param kept            rows that became records (or lookup rows)
 * @param rejected        rows rejected, with reasons in {@code rejectReasons}
 * @param blankRows       blank rows skipped
 * @param preambleRows    rows above the header
 * @param rejectReasons   reason category → count (sorted)
 * @param mappedColumns   column → canonical field key
 * @param unmappedColumns columns kept as extra values
 * @param fieldCounts     canonical field key → number of kept records where it is filled (all fields listed)
 * @param warnings        unreadable values: "column: problem" → count and first location
 * @param notes           remarks on how the file was read
 * @param firstReject     where and why the first row was rejected ({@code sheet 'S' row N: reason}), or {@code null}
 * @param detection       why the layout was chosen: the columns that decided it, its score and the runner-up
 * @param keptColumns     columns the layout knows but keeps as extra values as exported (no canonical field holds them)
 */
public record FileReport(
        String path, String layout, String layoutName, String format, String encoding, List<SheetInfo> sheets,
        boolean lookup, long read, long kept, long rejected, long blankRows, long preambleRows,
        Map<String, Long> rejectReasons, Map<String, String> mappedColumns, List<String> unmappedColumns,
        Map<String, Long> fieldCounts, Map<String, String> warnings, List<String> notes, String firstReject,
        String detection, List<String> keptColumns) {

    /**
     * Fields a layout normally carries whose fill rate below {@link #LOW_FILL_RATE} earns a warning: an export that
     * lost them (a renamed column, a reduced field selection) would otherwise silently find nothing in titles or
     * miscount by year.
     */
    public static final List<dev.navi.model.Field> KEY_FIELDS = List.of(dev.navi.model.Field.TITLE,
            dev.navi.model.Field.APPLICANTS, dev.navi.model.Field.APPLICATION_DATE, dev.navi.model.Field.PUBLICATION_DATE);
    /** Below this share of kept records a key field is reported as poorly filled. */
    public static final double LOW_FILL_RATE = 0.5;

    /** A sheet that was read: its name ({@code null} for text files) and 1-based header row. */
    public record SheetInfo(String name, long headerRow) {
    }

    public FileReport {
        if (read != kept + rejected) {
            throw new IllegalStateException(path + ": read " + read + " != kept " + kept + " + rejected " + rejected);
        }
        sheets = List.copyOf(sheets);
        rejectReasons = Map.copyOf(rejectReasons);
        mappedColumns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mappedColumns));
        unmappedColumns = List.copyOf(unmappedColumns);
        fieldCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldCounts));
        warnings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(warnings));
        notes = List.copyOf(notes);
        keptColumns = keptColumns == null ? List.of() : List.copyOf(keptColumns);
    }

    /** Share of kept records in which a field is filled, 0..1. */
    public double fillRate(String fieldKey) {
        Long n = fieldCounts.get(fieldKey);
        return n == null || kept == 0 ? 0 : (double) n / kept;
    }
}
