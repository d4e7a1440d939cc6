package dev.navi.ingest.layout;

import dev.navi.ingest.table.RawRow;

import java.util.List;
import java.util.Map;

/** Maps the rows of one file (or sheet) under one header. Not thread-safe. */
public interface RowMapper {
    /** Maps one non-blank row. */
    Mapped map(RawRow row, String sheet);

    /** Header column name → canonical field key, for the columns that map to a field. */
    Map<String, String> mappedColumns();

    /** Header column names that map to nothing the layout knows (kept as extra values). */
    List<String> unmappedColumns();

    /** Header column names the layout knows but keeps as extra values as exported (no canonical field holds them). */
    default List<String> keptColumns() {
        return List.of();
    }

    /** Values that could not be read (bad dates, numbers ...): message → count, with the first location. */
    Map<String, Warning> warnings();

    /** Notes about how the file was read (derived fields and the like). */
    List<String> notes();

    /** A value problem, counted, with where it first occurred. */
    record Warning(long count, String firstLocation) {
    }
}
