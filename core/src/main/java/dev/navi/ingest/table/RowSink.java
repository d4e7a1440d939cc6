package dev.navi.ingest.table;

/** Receives the rows of a table source, sheet by sheet. */
public interface RowSink {
    /** A new sheet starts ({@code null} name for text files, which have exactly one). */
    void startSheet(String name);

    /**
     * One row.
     *
     * @return {@code false} to stop reading the current sheet
     */
    boolean row(RawRow row);

    /** The current sheet has ended. */
    void endSheet();
}
