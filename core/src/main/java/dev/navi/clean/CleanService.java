package dev.navi.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.ingest.RecordSink;
import dev.navi.ingest.Reject;
import dev.navi.model.Patent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Stage 2, clean: merges duplicates, applies the exclusion rules, collapses applications and families to the
 * counting unit, and resolves applicants (standard name, group, type, country, province, city).
 *
 * <p>Accounting: {@code recordsIn = recordsOut + Σ duplicatesMerged + excluded}, where {@code recordsIn} counts the
 * patent records the inputs yielded (after ingest's own rejects, which are written to {@code ingest-rejects.csv}).
 * Every merged or excluded input row is listed in {@code removed.csv} with the rule and the unit it went to.
 */
public final class CleanService {
    private final IngestService ingest;
    private final ApplicantResolver applicants;

    public CleanService(IngestService ingest, ApplicantResolver applicants) {
        this.ingest = ingest;
        this.applicants = applicants;
    }

    /**
     * What to clean.
     *
     * @param files        exports or navi datasets, read in this order
     * @param outDir       output folder (created if missing)
     * @param unit         the counting unit, or {@code null} for the default (family where family data exist, else
     *                     application)
     * @param rules        exclusion rules
     * @param skipBadFiles go on past unreadable files
     * @param progress     rows read so far, or {@code null}
     */
    public record CleanRequest(List<Path> files, Path outDir, CountingUnit unit, ExclusionRules rules, boolean skipBadFiles,
                               LongConsumer progress) {
        public CleanRequest {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no input files");
            }
        }
    }

    /** A merged or excluded input row. */
    public record Removed(String publication, String source, String action, String rule, String keptAs) {
    }

    /** What cleaning did. */
    public record CleanResult(List<FileOutcome> files, long ingestRead, List<Reject> ingestRejects, long recordsIn, long recordsOut,
                              CountingUnit unit, String unitReason, Map<String, Long> duplicatesMerged, long excluded,
                              Map<String, Long> excludedByRule, long familiesFormed, long applicationsCollapsed,
                              List<CleanRecord> records, List<Removed> removed, ApplicantResolver.Summary applicantSummary) {
        /** Input records merged into others as duplicates, over all merge rules. */
        public long merged() {
            return duplicatesMerged.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Cleans and writes the outputs into {@link CleanRequest#outDir()} atomically: {@code cleaned.csv},
     * {@code removed.csv}, {@code ingest-rejects.csv}, {@code applicant-clusters.csv} and {@code clean-summary.json}.
     *
     * @throws UncheckedIOException when the outputs cannot be written
     */
    public CleanResult clean(CleanRequest req) {
        CleanResult r = run(req);
        try (dev.navi.io.OutputFolder out = dev.navi.io.OutputFolder.open(req.outDir())) {
            CleanWriter.write(r, out);
            writeJson(out.file("clean-summary.json"), summary(r));
            out.commit("clean-summary.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + req.outDir() + ": " + e.getMessage(), e);
        }
        return r;
    }

    /** Cleans in memory (no files written). */
    public CleanResult run(CleanRequest req) {
        List<Patent> input = new ArrayList<>();
        List<Reject> ingestRejects = new ArrayList<>();
        List<FileOutcome> outcomes = ingest.readAll(req.files(), new RecordSink() {
            @Override
            public void record(Patent patent) {
                input.add(patent);
            }

            @Override
            public void reject(Reject reject) {
                ingestRejects.add(reject);
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
                // lookup tables do not carry patents; the clean stage does not use them yet
            }
        }, req.skipBadFiles(), req.progress());
        long ingestRead = outcomes.stream().filter(o -> o.report() != null && !o.report().lookup())
                .mapToLong(o -> o.report().read()).sum();

        List<Removed> removed = new ArrayList<>();
        Map<String, Long> merged = new LinkedHashMap<>();
        long recordsIn = input.size();

        // 1. the same publication from several files or sources; the input rows then live on only where a merged record
        // kept their values
        List<Merged> pubs = mergePublications(input, removed, merged);

        // 2. exclusion rules, on the richest view of each publication
        Map<String, Long> excludedByRule = new TreeMap<>();
        List<Merged> kept = applyExclusions(pubs, req.rules(), removed, excludedByRule);
        long excluded = pubs.size() - kept.size();
        pubs = null;

        // 3. counting unit
        CountingUnit unit = req.unit();
        String reason;
        long withFamily = kept.stream().filter(m -> Deduplicator.hasFamilyData(m.patent())).count();
        if (unit == null) {
            unit = withFamily * 2 >= kept.size() && withFamily > 0 ? CountingUnit.FAMILY : CountingUnit.APPLICATION;
            reason = String.format(java.util.Locale.ROOT, "default: %d of %d publications (%.0f%%) carry family data "
                            + "(family id, family members or priority numbers); family is the unit when at least half do",
                    withFamily, kept.size(), kept.isEmpty() ? 0.0 : 100.0 * withFamily / kept.size());
        } else {
            reason = "chosen by the user (--unit or the project file)";
        }
        TreeMap<String, Long> familyRows = familyRowsByLayout(kept);
        reason += familyRowsNote(familyRows, kept.size(), unit);

        long applicationsCollapsed = 0;
        long familiesFormed = 0;
        List<Merged> units = kept;
        if (unit != CountingUnit.PUBLICATION) {
            units = collapse(kept, Deduplicator.applicationGrouping(patents(kept)), "application", removed, merged, false);
            applicationsCollapsed = kept.size() - units.size();
        }
        kept = null;
        if (unit == CountingUnit.FAMILY) {
            int before = units.size();
            Deduplicator.Grouping families = Deduplicator.familyGrouping(patents(units));
            familiesFormed = families.formed();
            units = collapse(units, families, "family", removed, merged, true);
            if (before < units.size()) {
                throw new IllegalStateException("family grouping cannot add records");
            }
            if (familiesFormed == 0 && familyRows.isEmpty()) {
                // no two applications proved to be one family: every counted record is one application, and calling
                // it a family would claim a grouping that never happened
                unit = CountingUnit.APPLICATION;
                reason = reason + "; but no two applications share a family id, a family member or the same priorities "
                        + "(0 families formed), so each record is one application and the unit is application";
            }
        }

        String prefix = unit == CountingUnit.FAMILY ? "F:" : unit == CountingUnit.APPLICATION ? "A:" : "P:";
        List<CleanRecord> records = cleanRecords(units, prefix);
        units = null;
        ApplicantResolver.Result resolved = applicants.resolve(records);
        records = null;
        long mergedTotal = merged.values().stream().mapToLong(Long::longValue).sum();
        if (recordsIn != resolved.records().size() + mergedTotal + excluded) {
            throw new IllegalStateException("clean accounting broken: " + recordsIn + " in != " + resolved.records().size()
                    + " out + " + mergedTotal + " merged + " + excluded + " excluded");
        }
        return new CleanResult(outcomes, ingestRead, List.copyOf(ingestRejects), recordsIn, resolved.records().size(), unit, reason,
                merged, excluded, excludedByRule, familiesFormed, applicationsCollapsed, resolved.records(), removed,
                resolved.summary());
    }

    // Each loop over the records below is a method of its own: a hot loop inside run() made C2 compile run() on stack,
    // everything after the loop included, once per loop (two such compiles of 42 kB in a cold 1M run).

    /**
     * Step 1: merges the rows of one publication (from several files or sources) into one record each, listing every
     * other row as merged into it. Clears {@code input}: the rows live on only where a merged record kept their values.
     */
    private static List<Merged> mergePublications(List<Patent> input, List<Removed> removed, Map<String, Long> merged) {
        Row[] rows = rows(input);
        Deduplicator.Grouping g = Deduplicator.publicationGrouping(input);
        List<Merged> pubs = new ArrayList<>(g.size());
        for (int k = 0; k < g.size(); k++) {
            pubs.add(mergeGroup(input, rows, g, k, removed, merged));
        }
        input.clear();
        return pubs;
    }

    /** Each input row's publication number and location, by position. */
    private static Row[] rows(List<Patent> input) {
        Row[] rows = new Row[input.size()];
        for (int i = 0; i < rows.length; i++) {
            Patent p = input.get(i);
            rows[i] = new Row(p.publicationNumber(), p.provenance().location());
        }
        return rows;
    }

    /** Publication group {@code k} as one merged record; its rows after the first listed as merged. */
    private static Merged mergeGroup(List<Patent> input, Row[] rows, Deduplicator.Grouping g, int k, List<Removed> removed,
                                     Map<String, Long> merged) {
        int size = g.sizeOf(k);
        Row primary = rows[g.member(k, 0)];
        if (size == 1) {
            return new Merged(input.get(g.member(k, 0)), new Row[] {primary}, primary, Map.of(), primary.location());
        }
        List<Patent> members = new ArrayList<>(size);
        List<String> locations = new ArrayList<>(size);
        Row[] memberRows = new Row[size];
        for (int j = 0; j < size; j++) {
            int i = g.member(k, j);
            members.add(input.get(i));
            locations.add(rows[i].location());
            memberRows[j] = rows[i];
        }
        Merge.Result m = Merge.of(members, locations);
        for (int j = 1; j < size; j++) {
            String rule = g.rule(k, j) == null ? "same publication" : g.rule(k, j);
            removed.add(new Removed(memberRows[j].publication(), memberRows[j].location(), "merged", rule,
                    m.patent().publicationNumber()));
            merged.merge(rule, 1L, Long::sum);
        }
        return new Merged(m.patent(), memberRows, primary, m.fieldSources(), locations.get(m.base()));
    }

    /**
     * Step 2: the publications no exclusion rule removes. Only a publication's primary row is excluded: its other rows
     * were already counted (and listed) as merged into it in step 1, and counting them again broke read = counted +
     * merged + excluded.
     */
    private static List<Merged> applyExclusions(List<Merged> pubs, ExclusionRules rules, List<Removed> removed,
                                                Map<String, Long> excludedByRule) {
        List<Merged> kept = new ArrayList<>(pubs.size());
        for (Merged m : pubs) {
            var rule = rules.match(m.patent());
            if (rule.isPresent()) {
                Row src = m.primary();
                removed.add(new Removed(src.publication(), src.location(), "excluded", rule.get(), ""));
                excludedByRule.merge(ruleKind(rule.get()), 1L, Long::sum);
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The counted records, ids prefixed by the unit; each unit's rows can go as soon as its record is built. */
    private static List<CleanRecord> cleanRecords(List<Merged> units, String prefix) {
        List<CleanRecord> records = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            Merged m = units.get(u);
            units.set(u, null);
            TreeSet<String> numbers = new TreeSet<>();
            String[] sources = new String[m.rows().length];
            for (int j = 0; j < sources.length; j++) {
                Row r = m.rows()[j];
                if (r.publication() != null) {
                    numbers.add(r.publication());
                }
                sources[j] = r.location();
            }
            records.add(new CleanRecord(m.patent(), prefix + Deduplicator.publicationKey(m.patent()), List.copyOf(numbers),
                    List.of(sources), m.fieldSources(), List.of()));
        }
        return records;
    }

    /**
     * What the unit reason adds when some records are whole families by their export's layout (Derwent Innovations
     * Index, Orbit): such a record always counts once, as a family, whatever the unit; empty when there are none.
     */
    private static String familyRowsNote(TreeMap<String, Long> byLayout, int records, CountingUnit unit) {
        if (byLayout.isEmpty()) {
            return "";
        }
        long n = byLayout.values().stream().mapToLong(Long::longValue).sum();
        String which = String.join(", ", byLayout.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        return String.format(java.util.Locale.ROOT, "; %d of %d records are whole families as exported (%s): each counts as "
                        + "one family%s", n, records, which,
                unit == CountingUnit.FAMILY ? "" : ", since the export does not split it into its " + unit.en() + "s");
    }

    /**
     * Records whose export rows are whole families, by layout. With any of them the family unit stands even when no two
     * records form a family: the vendor formed those families already.
     */
    private TreeMap<String, Long> familyRowsByLayout(List<Merged> kept) {
        TreeMap<String, Long> byLayout = new TreeMap<>();
        // a layout look-up streams over every layout: asked once per distinct layout, not once per record
        Map<String, Boolean> families = new java.util.HashMap<>();
        for (Merged m : kept) {
            String layout = m.patent().provenance().layout();
            if (layout != null && families.computeIfAbsent(layout, ingest::rowsAreFamilies)) {
                byLayout.merge(layout, 1L, Long::sum);
            }
        }
        return byLayout;
    }

    /** One input row as the later steps need it, once its values are merged: its publication number and location. */
    private record Row(String publication, String location) {
    }

    /**
     * A record with the input rows it stands for. {@code primary} is the one input row not yet counted as merged:
     * when this record is merged into another, that row is the one the removal list names. {@code location} is where
     * {@code patent}'s provenance points ({@code file[:sheet]:row}, the string the rows and field sources share).
     */
    private record Merged(Patent patent, Row[] rows, Row primary, Map<String, String> fieldSources, String location) {
    }

    private static List<Patent> patents(List<Merged> ms) {
        List<Patent> out = new ArrayList<>(ms.size());
        for (Merged m : ms) {
            out.add(m.patent());
        }
        return out;
    }

    /** Collapses each group of {@code in} (applications or families) into one record; the others listed as merged. */
    private static List<Merged> collapse(List<Merged> in, Deduplicator.Grouping groups, String level, List<Removed> removed,
                                         Map<String, Long> merged, boolean family) {
        List<Merged> out = new ArrayList<>(groups.size());
        for (int k = 0; k < groups.size(); k++) {
            out.add(groups.sizeOf(k) == 1 ? in.get(groups.member(k, 0))
                    : collapseGroup(in, groups, k, level, removed, merged, family));
        }
        return out;
    }

    /**
     * Group {@code k} (of two or more) as one record: a method of its own, so C2 compiles one group's work, not the
     * loop over all groups on stack.
     */
    private static Merged collapseGroup(List<Merged> in, Deduplicator.Grouping groups, int k, String level,
                                        List<Removed> removed, Map<String, Long> merged, boolean family) {
        int size = groups.sizeOf(k);
        int rowCount = 0;
        for (int j = 0; j < size; j++) {
            rowCount += in.get(groups.member(k, j)).rows().length;
        }
        Row[] rows = new Row[rowCount];
        List<Patent> members = new ArrayList<>(size);
        int fill = 0;
        // the member that stands for the group: the family's earliest application, or the application's first
        // publication (the first such member in group order)
        int rep = 0;
        for (int j = 0; j < size; j++) {
            Merged m = in.get(groups.member(k, j));
            System.arraycopy(m.rows(), 0, rows, fill, m.rows().length);
            fill += m.rows().length;
            members.add(m.patent());
            if (j > 0 && (family ? Deduplicator.EARLIEST : Merge.FIRST_PUBLISHED).compare(m.patent(), members.get(rep)) < 0) {
                rep = j;
            }
        }
        Merged repMerged = in.get(groups.member(k, rep));
        Patent kept;
        Map<String, String> sources;
        String location;
        if (family) {
            kept = familyRepresentative(repMerged.patent(), members);
            sources = repMerged.fieldSources();
            location = repMerged.location();
        } else {
            List<String> locations = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                locations.add(in.get(groups.member(k, j)).location());
            }
            Merge.Result m = Merge.of(members, locations);
            kept = m.patent();
            sources = m.fieldSources();
            location = locations.get(m.base());
        }
        String firstRule = null;
        for (int j = 0; j < size && firstRule == null; j++) {
            firstRule = groups.rule(k, j);
        }
        for (int j = 0; j < size; j++) {
            if (j == rep) {
                continue;
            }
            String rule = groups.rule(k, j) != null ? groups.rule(k, j) : firstRule != null ? firstRule : "same " + level;
            Row primary = in.get(groups.member(k, j)).primary();
            removed.add(new Removed(primary.publication(), primary.location(), "merged", rule, kept.publicationNumber()));
            merged.merge(rule, 1L, Long::sum);
        }
        return new Merged(kept, rows, repMerged.primary(), sources, location);
    }

    /** The family's earliest application, carrying the whole family's members, offices and size. */
    private static Patent familyRepresentative(Patent rep, List<Patent> members) {
        TreeSet<String> numbers = new TreeSet<>();
        java.util.LinkedHashSet<String> offices = new java.util.LinkedHashSet<>(rep.familyOffices());
        int maxSize = 0;
        for (Patent p : members) {
            if (p.publicationNumber() != null) {
                numbers.add(p.publicationNumber());
            }
            numbers.addAll(p.familyMembers());
            offices.addAll(p.familyOffices());
            if (p.office() != null) {
                offices.add(p.office());
            }
            if (p.familySize() != null) {
                maxSize = Math.max(maxSize, p.familySize());
            }
        }
        return rep.toBuilder().familyMembers(List.copyOf(numbers)).familyOffices(List.copyOf(offices))
                .familySize(Math.max(maxSize, members.size())).build();
    }

    private static String ruleKind(String rule) {
        int space = rule.indexOf(' ');
        String head = space < 0 ? rule : rule.substring(0, space);
        return head.equals("patent") ? "patent type" : head;
    }

    /** The summary as a JSON-ready map with a stable key order ({@code clean-summary.json}). */
    public static Map<String, Object> summary(CleanResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordsIn", r.recordsIn());
        m.put("recordsOut", r.recordsOut());
        m.put("unit", r.unit().key());
        m.put("unitReason", r.unitReason());
        m.put("duplicatesMerged", new LinkedHashMap<>(r.duplicatesMerged()));
        m.put("excluded", r.excluded());
        m.put("excludedByRule", r.excludedByRule());
        m.put("applicationsCollapsed", r.applicationsCollapsed());
        m.put("familiesFormed", r.familiesFormed());
        m.put("balanced", r.recordsIn() == r.recordsOut() + r.merged()
                + r.excluded());
        m.put("countingRule", "recordsIn = recordsOut + sum(duplicatesMerged) + excluded; recordsIn counts the patent records "
                + "read from the inputs after ingest rejected " + r.ingestRejects().size() + " broken row(s) (see ingest-rejects.csv)");
        Map<String, Object> ing = new LinkedHashMap<>();
        ing.put("read", r.ingestRead());
        ing.put("rejected", (long) r.ingestRejects().size());
        m.put("ingest", ing);
        m.put("applicants", r.applicantSummary().asMap());
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileOutcome o : r.files()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", o.path());
            if (o.report() != null) {
                f.put("layout", o.report().layout());
                f.put("read", o.report().read());
                f.put("kept", o.report().kept());
                f.put("rejected", o.report().rejected());
            }
            if (o.error() != null) {
                f.put("error", o.error().getMessage());
            }
            files.add(f);
        }
        m.put("files", files);
        return m;
    }

    static byte[] json(Map<String, Object> summary) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeJson(Path file, Map<String, Object> summary) throws IOException {
        Files.write(file, json(summary));
    }
}
