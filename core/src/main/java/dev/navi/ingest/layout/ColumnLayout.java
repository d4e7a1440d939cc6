package dev.navi.ingest.layout;

import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Dates;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Patent;

import java.util.List;

/**
 * Base for layouts defined by a column table and a signature: each signature group is a list of alternative
 * header names of which at least one must be present. Subclasses add layout-specific reading through the hooks.
 */
public abstract class ColumnLayout implements ExportLayout {
    private final String id;
    private final String displayName;
    private final List<List<String>> signature;
    private final List<Column> columns;

    protected ColumnLayout(String id, String displayName, List<List<String>> signature, List<Column> columns) {
        this.id = id;
        this.displayName = displayName;
        this.signature = List.copyOf(signature);
        this.columns = List.copyOf(columns);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /** Signature groups: all must match, each by one of its names. */
    public List<List<String>> signature() {
        return signature;
    }

    @Override
    public int match(Header header) {
        for (List<String> group : signature) {
            if (header.indexOf(group) < 0) {
                return 0;
            }
        }
        int known = 0;
        for (Column c : columns) {
            if (header.indexOf(c.names()) >= 0) {
                known++;
            }
        }
        return 100 * signature.size() + known;
    }

    @Override
    public RowMapper mapper(Header header, String file) {
        return new ColumnRowMapper(this, header, file);
    }

    /** How this layout writes dates whose order the text does not settle. */
    protected DateOrder dateOrder() {
        return DateOrder.YMD;
    }

    /**
     * The reference year for two-digit years in this row (see {@link Dates}); layouts that carry a publication
     * year override this.
     */
    protected int referenceYear(RawRow row, Header header) {
        return Dates.DEFAULT_REFERENCE_YEAR;
    }

    /**
     * A structural check before mapping: returns why the row is not a record (a fragment of a broken row, say),
     * or {@code null} when it is one.
     */
    protected String rowProblem(RawRow row, Header header) {
        return null;
    }

    /**
     * Reads a {@link Column.Read#CUSTOM} column into the builder.
     *
     * @throws IllegalArgumentException when the value cannot be read (reported as a warning, value kept as extra)
     */
    protected void readCustom(Column column, String value, Patent.Builder builder) {
        throw new IllegalStateException(id + " declares a custom column but does not read it: " + column.names());
    }

    /** Notes about how files under this header are read (a missing column the analyses need, say); none by default. */
    protected List<String> headerNotes(Header header) {
        return List.of();
    }

    /** Layout-specific finishing after all columns are read and before the common derivations. */
    protected void finish(Patent.Builder builder, RawRow row) {
    }
}
