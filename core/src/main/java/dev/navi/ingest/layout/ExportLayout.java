package dev.navi.ingest.layout;

import java.util.List;

/**
 * One export layout. Implementations are stateless; {@link #mapper(Header, String)} returns the per-file state.
 */
public interface ExportLayout {
    /** Stable id used in reports and scripts: {@code google-patents}, {@code lens}, {@code patsnap} ... */
    String id();

    /** Human-readable name. */
    String displayName();

    /**
     * How well a header row matches this layout's signature.
     *
     * @return 0 when it does not match; otherwise higher is a more specific match
     */
    int match(Header header);

    /**
     * The header's columns that made {@link #match(Header)} recognise it (signature and vendor marks), for
     * {@code navi inspect} to say why a file was taken for this layout. Empty when the layout does not say.
     */
    default List<String> decidingColumns(Header header) {
        return List.of();
    }

    /** A mapper for rows under this header. */
    RowMapper mapper(Header header, String file);

    /** True for layouts whose rows are not patent records (PatentsView's assignee table). */
    default boolean lookupTable() {
        return false;
    }

    /**
     * True for layouts whose every row is a whole patent family rather than one publication (Derwent Innovations
     * Index: one record per DWPI family; Questel Orbit: one row per FamPat family). The counting unit is told so:
     * such a row counts once as a family and cannot be split into its applications or publications.
     */
    default boolean rowIsFamily() {
        return false;
    }

    /** The columns this layout knows, for help texts and the generator. */
    List<Column> columns();
}
