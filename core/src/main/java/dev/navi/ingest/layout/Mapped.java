package dev.navi.ingest.layout;

import dev.navi.model.Patent;

/**
 * The outcome of mapping one row: a record, a rejection with its reason, or a lookup-table row.
 *
 * @param patent       the record, or {@code null}
 * @param rejectReason why the row was rejected, or {@code null}
 */
public record Mapped(Patent patent, String rejectReason) {
    public static Mapped kept(Patent p) {
        return new Mapped(p, null);
    }

    public static Mapped rejected(String reason) {
        return new Mapped(null, reason);
    }

    public boolean isRejected() {
        return rejectReason != null;
    }
}
