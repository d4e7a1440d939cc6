package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

/**
 * One column a layout knows: the canonical field it fills, how its text is read, and the header names it goes
 * by (first one is the name the layout writes, the rest are aliases seen in other versions of the export).
 */
public record Column(Field field, Read read, Splitter splitter, List<String> names) {
    /** How a cell is turned into a value. */
    public enum Read {
        /** Trimmed text. */
        TEXT,
        /** Multi-value cell split with the column's splitter. */
        LIST,
        /** A date in the layout's date order. */
        DATE,
        /** A whole number. */
        COUNT,
        /** A decimal number. */
        DECIMAL,
        /** A publication number, normalised; also fills office and kind code. */
        PUBLICATION_NUMBER,
        /** An application number: spaces removed, upper case. */
        APPLICATION_NUMBER,
        /** A patent-type label. */
        PATENT_TYPE,
        /** A legal-status text; the normalised status is derived from it. */
        LEGAL_STATUS,
        /** Status and events in one multi-value cell (Patsnap 法律状态/事件). */
        STATUS_AND_EVENTS,
        /** Priority numbers, possibly with dates inside each value; also fills the earliest priority date. */
        PRIORITIES,
        /** Names with a country tag ({@code NAME [US]}); the tags also fill applicant countries. */
        TAGGED_NAMES,
        /** A layout-specific reading done by the layout's own hook. */
        CUSTOM,
        /**
         * A column the layout knows but no canonical field holds (incoPat 公开国别, Patentics 美国分类): kept as an
         * extra value as exported, and reported as known rather than unmapped. The column's field is {@code null}.
         */
        EXTRA
    }

    public Column {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a column needs at least one name");
        }
        if ((field == null) != (read == Read.EXTRA)) {
            throw new IllegalArgumentException("only an EXTRA column has no field: " + names);
        }
    }

    /** A known column kept as an extra value, one per name (each name is its own column). */
    public static List<Column> kept(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Column(null, Read.EXTRA, Splitter.SEMICOLON, List.of(n))).toList();
    }

    public static Column of(Field field, Read read, String... names) {
        return new Column(field, read, Splitter.SEMICOLON, List.of(names));
    }

    public static Column list(Field field, Splitter splitter, String... names) {
        return new Column(field, Read.LIST, splitter, List.of(names));
    }

    public static Column with(Field field, Read read, Splitter splitter, String... names) {
        return new Column(field, read, splitter, List.of(names));
    }
}
