package dev.navi.ingest.layout;

import dev.navi.ingest.table.RawRow;

import java.util.List;
import java.util.Map;

/**
 * Maps the rows of one file (or sheet) under one header. Not thread-safe; a mapper that can {@link #fork()} gives other
 * instances for other threads.
 */
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

    /**
     * Another mapper for the same file and header, to map rows on another thread beside this one, or {@code null} when
     * the rows must all go through this one in file order. Each row's result must depend on that row alone (a fork
     * shares no state with this mapper); the reader merges the forks' warnings (counts added, the earliest first
     * location kept by {@link Warning#firstRow()}) and notes.
     */
    default RowMapper fork() {
        return null;
    }

    /**
     * Whether records mapped from now on share one instance among equal values (names, classes, dates ...; the default
     * where a mapper does it): worth it when the records stay in memory, a hash look-up per value for nothing when they
     * are written out as they come. The records are equal either way. Forks take the setting.
     */
    default void shareEqualValues(boolean share) {
    }

    /**
     * A value problem, counted, with where it first occurred.
     *
     * @param firstRow the row number of {@code firstLocation}, to find the earliest of several mappers' warnings
     *                 ({@link Long#MAX_VALUE} when unknown)
     */
    record Warning(long count, String firstLocation, long firstRow) {
        public Warning(long count, String firstLocation) {
            this(count, firstLocation, Long.MAX_VALUE);
        }
    }
}
