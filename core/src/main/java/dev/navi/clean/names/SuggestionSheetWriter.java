package dev.navi.clean.names;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the merge suggestions as a review sheet ({@code applicant-merge-suggestions.csv}): one row per suggested
 * pair with an empty {@code decision} column, then score, reason, both names with their counts and their clusters'
 * standard names. CSV in UTF-8 with BOM, rows in the order given (best score first), so the same suggestions give the
 * same bytes.
 *
 * <p>The analyst writes {@code same} or {@code different} (also 是 / 否) in the decision column of the rows they
 * decide, leaves the others blank, and passes the sheet back with {@code --aliases}: {@link AliasTable#read} reads
 * {@code same} as alias rows (both names under standard a, which the analyst may edit) and {@code different} as a
 * pair that no rule joins.
 */
public final class SuggestionSheetWriter {

    /** The header row. */
    public static final List<String> HEADER = List.of("decision", "score", "reason", "name a", "count a", "standard a",
            "name b", "count b", "standard b");

    private SuggestionSheetWriter() {
    }

    /** Writes the sheet to a stream (not closed); standard names are looked up in the clusters. */
    public static void write(List<NameClusterer.Suggestion> suggestions, List<Cluster> clusters, OutputStream out)
            throws IOException {
        Map<String, String> standard = new HashMap<>();
        for (Cluster c : clusters) {
            for (Cluster.Member m : c.members()) {
                standard.put(m.name(), c.standardName());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (NameClusterer.Suggestion s : suggestions) {
            rows.add(List.of("", String.format(Locale.ROOT, "%.3f", s.score()), s.reason(), s.nameA(),
                    Long.toString(s.countA()), standard.getOrDefault(s.nameA(), s.nameA()), s.nameB(),
                    Long.toString(s.countB()), standard.getOrDefault(s.nameB(), s.nameB())));
        }
        TableIo.writeCsv(out, HEADER, rows);
    }

    /** Writes the sheet to a file. */
    public static void write(List<NameClusterer.Suggestion> suggestions, List<Cluster> clusters, Path file)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(suggestions, clusters, out);
        }
    }
}
