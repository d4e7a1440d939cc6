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

        // 1. the same publication from several files or sources
        List<Merged> pubs = new ArrayList<>();
        for (Deduplicator.Group g : Deduplicator.byPublication(input)) {
            if (g.members().size() == 1) {
                pubs.add(new Merged(g.members().get(0), g.members(), g.members().get(0), Map.of()));
                continue;
            }
            Merge.Result m = Merge.of(g.members());
            pubs.add(new Merged(m.patent(), g.members(), g.members().get(0), m.fieldSources()));
            recordMerges(g, m.patent(), "publication", removed, merged);
        }

        // 2. exclusion rules, on the richest view of each publication
        Map<String, Long> excludedByRule = new TreeMap<>();
        long excluded = 0;
        List<Merged> kept = new ArrayList<>();
        for (Merged m : pubs) {
            var rule = req.rules().match(m.patent());
            if (rule.isPresent()) {
                for (Patent src : m.members()) {
                    removed.add(new Removed(src.publicationNumber(), src.provenance().location(), "excluded", rule.get(), ""));
                    excluded++;
                }
                excludedByRule.merge(ruleKind(rule.get()), (long) m.members().size(), Long::sum);
            } else {
                kept.add(m);
            }
        }

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

        long applicationsCollapsed = 0;
        long familiesFormed = 0;
        List<Merged> units = kept;
        if (unit != CountingUnit.PUBLICATION) {
            units = collapse(kept, Deduplicator.byApplication(kept.stream().map(Merged::patent).toList()), "application",
                    removed, merged, false);
            applicationsCollapsed = kept.size() - units.size();
        }
        if (unit == CountingUnit.FAMILY) {
            int before = units.size();
            List<Deduplicator.Group> families = Deduplicator.byFamily(units.stream().map(Merged::patent).toList());
            familiesFormed = families.stream().filter(g -> g.members().size() > 1).count();
            units = collapse(units, families, "family", removed, merged, true);
            if (before < units.size()) {
                throw new IllegalStateException("family grouping cannot add records");
            }
        }

        String prefix = unit == CountingUnit.FAMILY ? "F:" : unit == CountingUnit.APPLICATION ? "A:" : "P:";
        List<CleanRecord> records = new ArrayList<>(units.size());
        for (Merged m : units) {
            TreeSet<String> numbers = new TreeSet<>();
            List<String> sources = new ArrayList<>();
            for (Patent p : m.members()) {
                if (p.publicationNumber() != null) {
                    numbers.add(p.publicationNumber());
                }
                sources.add(p.provenance().location());
            }
            records.add(new CleanRecord(m.patent(), prefix + Deduplicator.publicationKey(m.patent()), List.copyOf(numbers),
                    sources, m.fieldSources(), List.of()));
        }
        ApplicantResolver.Result resolved = applicants.resolve(records);
        long recordsIn = input.size();
        long mergedTotal = merged.values().stream().mapToLong(Long::longValue).sum();
        if (recordsIn != resolved.records().size() + mergedTotal + excluded) {
            throw new IllegalStateException("clean accounting broken: " + recordsIn + " in != " + resolved.records().size()
                    + " out + " + mergedTotal + " merged + " + excluded + " excluded");
        }
        return new CleanResult(outcomes, ingestRead, List.copyOf(ingestRejects), recordsIn, resolved.records().size(), unit, reason,
                merged, excluded, excludedByRule, familiesFormed, applicationsCollapsed, resolved.records(), removed,
                resolved.summary());
    }

    /**
     * A record with the input rows it stands for. {@code primary} is the one input row not yet counted as merged:
     * when this record is merged into another, that row is the one the removal list names.
     */
    private record Merged(Patent patent, List<Patent> members, Patent primary, Map<String, String> fieldSources) {
    }

    private static List<Merged> collapse(List<Merged> in, List<Deduplicator.Group> groups, String level, List<Removed> removed,
                                         Map<String, Long> merged, boolean family) {
        Map<Patent, Merged> byPatent = new java.util.IdentityHashMap<>();
        for (Merged m : in) {
            byPatent.put(m.patent(), m);
        }
        List<Merged> out = new ArrayList<>(groups.size());
        for (Deduplicator.Group g : groups) {
            if (g.members().size() == 1) {
                out.add(byPatent.get(g.members().get(0)));
                continue;
            }
            List<Patent> rows = new ArrayList<>();
            for (Patent p : g.members()) {
                rows.addAll(byPatent.get(p).members());
            }
            // the member that stands for the group: the family's earliest application, or the application's first publication
            Patent rep = family
                    ? g.members().stream().sorted(Deduplicator.EARLIEST).findFirst().orElseThrow()
                    : g.members().stream().sorted(Merge.FIRST_PUBLISHED).findFirst().orElseThrow();
            Patent kept;
            Map<String, String> sources;
            if (family) {
                kept = familyRepresentative(rep, g.members());
                sources = byPatent.get(rep).fieldSources();
            } else {
                Merge.Result m = Merge.of(g.members());
                kept = m.patent();
                sources = m.fieldSources();
            }
            for (int i = 0; i < g.members().size(); i++) {
                Patent member = g.members().get(i);
                if (member == rep) {
                    continue;
                }
                String rule = g.rules().get(i) != null ? g.rules().get(i)
                        : g.rules().stream().filter(java.util.Objects::nonNull).findFirst().orElse("same " + level);
                Patent primary = byPatent.get(member).primary();
                removed.add(new Removed(primary.publicationNumber(), primary.provenance().location(), "merged", rule,
                        kept.publicationNumber()));
                merged.merge(rule, 1L, Long::sum);
            }
            out.add(new Merged(kept, rows, byPatent.get(rep).primary(), sources));
        }
        return out;
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

    private static void recordMerges(Deduplicator.Group g, Patent kept, String level, List<Removed> removed, Map<String, Long> merged) {
        for (int i = 1; i < g.members().size(); i++) {
            Patent src = g.members().get(i);
            String rule = g.rules().get(i) == null ? "same " + level : g.rules().get(i);
            removed.add(new Removed(src.publicationNumber(), src.provenance().location(), "merged", rule, kept.publicationNumber()));
            merged.merge(rule, 1L, Long::sum);
        }
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
        m.put("balanced", r.recordsIn() == r.recordsOut() + r.duplicatesMerged().values().stream().mapToLong(Long::longValue).sum()
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
