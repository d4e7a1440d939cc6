package dev.navi.ingest.layout;

import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Dates;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Patent;

import java.util.List;

/**
 * Base for layouts defined by a column table and a signature. Each signature group is a list of alternative
 * header names of which at least one must be present; the optional <em>marks</em> are columns only this vendor
 * writes, which tell apart vendors whose signatures overlap (incoPat, Patentics and Patsnap all have a
 * publication-number and an applicant column). Subclasses add layout-specific reading through the hooks.
 *
 * <p>Score of a header that has every signature group: {@value #GROUP_WEIGHT} per group, {@value #MARK_WEIGHT}
 * per mark present, 1 per other known column; 0 when a group is missing. The registry takes the highest score.
 */
public abstract class ColumnLayout implements ExportLayout {
    /** Score of one signature group present. */
    public static final int GROUP_WEIGHT = 100;
    /** Score of one vendor mark present: a few marks outweigh any number of shared columns. */
    public static final int MARK_WEIGHT = 20;

    private final String id;
    private final String displayName;
    private final List<List<String>> signature;
    private final List<String> marks;
    private final List<Column> columns;

    protected ColumnLayout(String id, String displayName, List<List<String>> signature, List<Column> columns) {
        this(id, displayName, signature, List.of(), columns);
    }

    protected ColumnLayout(String id, String displayName, List<List<String>> signature, List<String> marks,
                           List<Column> columns) {
        this.id = id;
        this.displayName = displayName;
        this.signature = List.copyOf(signature);
        this.marks = List.copyOf(marks);
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

    /** Columns only this vendor writes (matched by normalised name), each adding {@value #MARK_WEIGHT}. */
    public List<String> marks() {
        return marks;
    }

    @Override
    public int match(Header header) {
        for (List<String> group : signature) {
            if (header.indexOf(group) < 0) {
                return 0;
            }
        }
        int markCount = 0;
        for (String m : marks) {
            if (header.indexOf(List.of(m)) >= 0) {
                markCount++;
            }
        }
        int known = 0;
        for (Column c : columns) {
            if (header.indexOf(c.names()) >= 0) {
                known++;
            }
        }
        return GROUP_WEIGHT * signature.size() + MARK_WEIGHT * markCount + known;
    }

    /** The header's columns that met a signature group or are a vendor mark, in header order. */
    @Override
    public List<String> decidingColumns(Header header) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (List<String> group : signature) {
            int i = header.indexOf(group);
            if (i < 0) {
                return List.of();
            }
            at.add(i);
        }
        for (String m : marks) {
            int i = header.indexOf(List.of(m));
            if (i >= 0) {
                at.add(i);
            }
        }
        return at.stream().map(header::displayName).toList();
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

    /** As {@link #finish(Patent.Builder, RawRow)}, for layouts that need to look at other cells by header name. */
    protected void finish(Patent.Builder builder, RawRow row, Header header) {
        finish(builder, row);
    }
}
