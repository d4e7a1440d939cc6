package dev.navi.ingest.table;

import java.io.IOException;

/** A file read as rows of cells. Implementations stream: memory does not grow with the number of rows. */
public interface TableSource {
    /** {@code csv}, {@code tsv}, {@code xls} or {@code xlsx}. */
    String format();

    /** The text encoding detected (text files) or the workbook's own ({@code UTF-16 (xls)}, {@code UTF-8 (xlsx)}). */
    String encoding();

    /** Reads every row into the sink. */
    void read(RowSink sink) throws IOException;
}
