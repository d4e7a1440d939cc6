package dev.navi.ingest;

import dev.navi.model.Patent;

import java.io.IOException;
import java.util.List;

/** Where {@link IngestService} sends what it reads. */
public interface RecordSink {
    void record(Patent patent) throws IOException;

    /**
     * Work on a record that can be done ahead, on the thread that mapped it: when rows are mapped on several threads,
     * each calls this for the records it mapped, at the same time as the others, and the result comes back to
     * {@link #record(Patent, Object)} in file order. Implementations keep their buffers per thread. {@code null} (the
     * default): nothing to do ahead, and {@link #record(Patent)} is called.
     */
    default Object prepare(Patent patent) {
        return null;
    }

    /** As {@link #record(Patent)}, with what {@link #prepare} made of the record (never {@code null}). */
    default void record(Patent patent, Object prepared) throws IOException {
        record(patent);
    }

    void reject(Reject reject) throws IOException;

    /** A row of a lookup table, with the table's header. */
    void lookupRow(String file, String layout, List<String> header, List<String> cells) throws IOException;

    /**
     * Whether this sink keeps the records in memory (true unless it says otherwise). A sink that only passes them on
     * ({@code navi ingest} writing {@code records.csv}, inspection counting) returns false, and the row mappers then
     * do not share equal values among records ({@link dev.navi.ingest.layout.RowMapper#shareEqualValues}): sharing
     * saves memory only for records that stay, and costs a hash look-up per value.
     */
    default boolean keepsRecords() {
        return true;
    }

    /** A sink that discards everything (inspection only counts). */
    RecordSink NONE = new RecordSink() {
        @Override
        public void record(Patent patent) {
        }

        @Override
        public void reject(Reject reject) {
        }

        @Override
        public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
        }

        @Override
        public boolean keepsRecords() {
            return false;
        }
    };
}
