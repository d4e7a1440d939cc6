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
    };
}
