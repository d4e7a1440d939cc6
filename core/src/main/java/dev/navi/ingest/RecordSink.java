package dev.navi.ingest;

import dev.navi.model.Patent;

import java.io.IOException;
import java.util.List;

/** Where {@link IngestService} sends what it reads. */
public interface RecordSink {
    void record(Patent patent) throws IOException;

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
