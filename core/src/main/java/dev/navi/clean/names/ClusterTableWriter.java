package dev.navi.clean.names;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes clusters as a review table, one row per member: cluster id, standard name, group, type, member name,
 * member count, rule, linked to. CSV in UTF-8 with BOM (opens correctly in Excel and WPS), rows in cluster order
 * then member order, so the same clusters always give the same bytes.
 *
 * <p>An analyst corrects the table by editing a member row's standard name and/or group (moving a member to
 * another applicant, renaming an applicant, assigning a group) and feeds it back with
 * {@link AliasTable#fromReviewedClusters}. The type column is informative; corrections of type are not read back.
 */
public final class ClusterTableWriter {

    /** The header row. */
    public static final List<String> HEADER = List.of("cluster id", "standard name", "group", "type", "member name",
            "member count", "rule", "linked to");

    private ClusterTableWriter() {
    }

    /** Writes the table to a stream (not closed). */
    public static void write(List<Cluster> clusters, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Cluster c : clusters) {
            for (Cluster.Member m : c.members()) {
                rows.add(List.of(c.id(), c.standardName(), c.group(), c.type().en(), m.name(), Long.toString(m.count()),
                        m.rule(), m.via()));
            }
        }
        TableIo.writeCsv(out, HEADER, rows);
    }

    /** Writes the table to a file. */
    public static void write(List<Cluster> clusters, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(clusters, out);
        }
    }
}
