package dev.navi.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.chain.match.Tagger;
import dev.navi.chain.review.ReviewRow;
import dev.navi.chain.review.ReviewSample;
import dev.navi.chain.review.ReviewWorkbook;
import dev.navi.ingest.AsyncSink;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.ingest.RecordSink;
import dev.navi.ingest.Reject;
import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.ingest.dataset.DatasetWriter;
import dev.navi.io.OutputFolder;
import dev.navi.model.Patent;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Stage 3, tag: tags every record against the chain map (multi-label, with the rule that matched), applies the
 * analyst's corrections, reports coverage and, on request, writes a review sample. Streams: one pass, memory does
 * not grow with the records (apart from the review reservoirs).
 *
 * <p>Outputs: {@code tagged.csv} (the canonical columns, then {@code tags} — node ids, one per line —,
 * {@code tagAudit} — {@code node: rule → what matched}, or {@code node: manual add (file:row)} — and one column
 * {@code node:<id>} per node holding 1 or nothing), {@code tag-summary.json} and, with a review sample,
 * {@code review-sample.xlsx}.
 */
public final class TagService {
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "method", "system", "device",
            "apparatus", "thereof", "using", "based", "same", "from", "its", "use", "having", "into", "which", "that");
    private static final Set<String> STOP_BIGRAMS = Set.of("一种", "方法", "装置", "系统", "及其", "用于", "基于", "制备", "一个",
            "以及", "其中", "所述", "设备", "结构", "其制", "备方", "种用", "于一", "的一", "法及", "置及", "方法及", "及系");

    private final IngestService ingest;

    public TagService(IngestService ingest) {
        this.ingest = ingest;
    }

    /**
     * What to tag.
     *
     * @param files        exports, records.csv or cleaned.csv
     * @param map          the chain map
     * @param outDir       output folder
     * @param corrections  the analyst's corrections
     * @param reviewSample records per node and kind (tagged / not tagged) to sample for review; 0 for none
     * @param seed         seed of the review sample
     */
    public record TagRequest(List<Path> files, ChainMap map, Path outDir, Corrections corrections, int reviewSample,
                             long seed, boolean skipBadFiles, LongConsumer progress) {
        public TagRequest {
            files = List.copyOf(files);
        }
    }

    /** A term with its count. */
    public record TermCount(String term, long count) {
    }

    /** Coverage of one input file. */
    public record FileCoverage(long records, long tagged) {
    }

    /** What tagging found. */
    public record TagResult(List<FileOutcome> files, long records, long tagged, Map<String, Long> nodes,
                            Map<String, FileCoverage> perFile, List<TermCount> untaggedIpc, List<TermCount> untaggedTerms,
                            long correctionsApplied, List<String> correctionProblems, boolean reviewWritten) {
        public long untagged() {
            return records - tagged;
        }
    }

    /** Tags the records of {@link TagRequest#files()} as ingest reads them (raw rows, no cleaning). */
    public TagResult tag(TagRequest req) {
        return tag(req, sink -> ingest.readAll(req.files(), sink, req.skipBadFiles(), req.progress()));
    }

    /**
     * Tags given records (a project's analysis set: de-duplicated, denoised, within the period) instead of reading
     * {@link TagRequest#files()}; {@code files} are the outcomes of reading them, reported as they are.
     */
    public TagResult tag(TagRequest req, List<FileOutcome> files, List<Patent> records) {
        return tag(req, sink -> {
            long done = 0;
            for (Patent p : records) {
                sink.record(p);
                if (req.progress() != null && ++done % 4096 == 0) {
                    req.progress().accept(done);
                }
            }
            if (req.progress() != null) {
                req.progress().accept(done);
            }
            return files;
        });
    }

    /** Where the records come from: feeds them to the sink and returns the file outcomes. */
    private interface Source {
        List<FileOutcome> feed(RecordSink sink) throws IOException;
    }

    private TagResult tag(TagRequest req, Source source) {
        ChainMap map = req.map();
        Tagger tagger = Tagger.compile(map.toNodeSpecs());
        List<String> nodeIds = map.nodes().stream().map(ChainNode::id).toList();
        Map<String, ChainNode> nodes = new HashMap<>();
        for (ChainNode n : map.nodes()) {
            nodes.put(n.id(), n);
        }
        List<ChainNode> bottomUp = new ArrayList<>(map.nodes());
        java.util.Collections.reverse(bottomUp); // depth-first pre-order reversed: children before their parents
        Map<String, Long> nodeCounts = new LinkedHashMap<>();
        nodeIds.forEach(id -> nodeCounts.put(id, 0L));
        Map<String, long[]> perFile = new LinkedHashMap<>();
        Map<String, Long> ipcCounts = new HashMap<>();
        Map<String, Long> termCounts = new HashMap<>();
        Set<String> correctedSeen = new java.util.HashSet<>();
        long[] totals = new long[3]; // records, tagged, corrections applied
        Map<String, ReviewSample<ReviewRow>> taggedSamples = new LinkedHashMap<>();
        Map<String, ReviewSample<ReviewRow>> untaggedSamples = new LinkedHashMap<>();
        if (req.reviewSample() > 0) {
            for (String id : nodeIds) {
                taggedSamples.put(id, new ReviewSample<>(req.reviewSample(), req.seed() * 31 + id.hashCode()));
                untaggedSamples.put(id, new ReviewSample<>(req.reviewSample(), req.seed() * 17 + id.hashCode() + 1));
            }
        }
        try (OutputFolder out = OutputFolder.open(req.outDir())) {
            List<FileOutcome> outcomes;
            try (OutputStream os = Files.newOutputStream(out.file("tagged.csv"));
                 CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16),
                         DatasetWriter.FORMAT)) {
                List<String> header = new ArrayList<>(CanonicalColumns.header());
                header.add("tags");
                header.add("tagAudit");
                for (String id : nodeIds) {
                    header.add("node:" + id);
                }
                csv.printRecord(header);
                RecordSink tagging = new RecordSink() {
                    @Override
                    public void record(Patent p) throws IOException {
                        Map<String, String> audit = new LinkedHashMap<>();
                        for (var t : tagger.tag(p)) {
                            audit.putIfAbsent(t.nodeId(), t.ruleLabel() + (t.matchedBy() == null ? "" : " → " + t.matchedBy()));
                        }
                        Map<String, Corrections.Correction> fixes = req.corrections().forPublication(p.publicationNumber());
                        for (Corrections.Correction c : fixes.values()) {
                            correctedSeen.add(c.publication());
                            if (!nodes.containsKey(c.node())) {
                                continue;
                            }
                            boolean had = audit.containsKey(c.node());
                            if (c.add() && !had) {
                                audit.put(c.node(), "manual add (" + c.location() + ")");
                                totals[2]++;
                            } else if (!c.add() && had) {
                                audit.remove(c.node());
                                totals[2]++;
                            }
                        }
                        if (!fixes.isEmpty()) {
                            rollUp(audit, bottomUp);
                        }
                        // keep the map's node order
                        List<String> tags = new ArrayList<>();
                        for (String id : nodeIds) {
                            if (audit.containsKey(id)) {
                                tags.add(id);
                                nodeCounts.merge(id, 1L, Long::sum);
                            }
                        }
                        totals[0]++;
                        long[] f = perFile.computeIfAbsent(p.provenance().file(), k -> new long[2]);
                        f[0]++;
                        if (!tags.isEmpty()) {
                            totals[1]++;
                            f[1]++;
                        } else {
                            countUntagged(p, ipcCounts, termCounts);
                        }
                        List<String> row = new ArrayList<>(CanonicalColumns.cells(p));
                        row.add(String.join("\n", tags));
                        List<String> auditLines = new ArrayList<>();
                        for (String id : tags) {
                            auditLines.add(id + ": " + audit.get(id));
                        }
                        row.add(String.join("\n", auditLines));
                        for (String id : nodeIds) {
                            row.add(audit.containsKey(id) ? "1" : "");
                        }
                        csv.printRecord(dev.navi.io.CsvCells.escapeRow(row));
                        if (req.reviewSample() > 0) {
                            for (String id : nodeIds) {
                                boolean in = audit.containsKey(id);
                                ReviewRow rr = new ReviewRow(id, nodes.get(id).displayName(), in, p.displayId(), p.title(),
                                        cut(p.abstractText()), in ? audit.get(id) : null, null);
                                (in ? taggedSamples : untaggedSamples).get(id).offer(rr);
                            }
                        }
                    }

                    @Override
                    public void reject(Reject reject) {
                    }

                    @Override
                    public void lookupRow(String file, String layout, List<String> h, List<String> cells) {
                    }
                };
                // reading and mapping on this thread, tagging and writing on the sink's thread
                try (AsyncSink sink = new AsyncSink(tagging)) {
                    outcomes = source.feed(sink);
                }
            }
            List<String> problems = new ArrayList<>();
            for (Corrections.Correction c : req.corrections().all()) {
                if (!nodes.containsKey(c.node())) {
                    problems.add(c.location() + ": node '" + c.node() + "' is not in the map");
                } else if (!correctedSeen.contains(c.publication())) {
                    problems.add(c.location() + ": publication " + c.publication() + " is not among the records");
                }
            }
            boolean review = req.reviewSample() > 0;
            if (review) {
                List<ReviewRow> rows = new ArrayList<>();
                Map<String, long[]> populations = new LinkedHashMap<>();
                for (String id : nodeIds) {
                    rows.addAll(taggedSamples.get(id).items());
                    rows.addAll(untaggedSamples.get(id).items());
                    populations.put(id, new long[] {nodeCounts.get(id), totals[0] - nodeCounts.get(id)});
                }
                try (OutputStream os = Files.newOutputStream(out.file("review-sample.xlsx"))) {
                    ReviewWorkbook.write(rows, populations, os);
                }
            }
            Map<String, FileCoverage> coverage = new LinkedHashMap<>();
            perFile.forEach((k, v) -> coverage.put(k, new FileCoverage(v[0], v[1])));
            TagResult result = new TagResult(outcomes, totals[0], totals[1], nodeCounts, coverage, top(ipcCounts, 30),
                    top(termCounts, 30), totals[2], problems, review);
            Files.write(out.file("tag-summary.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(summary(result, map)));
            out.commit("tag-summary.json");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + req.outDir() + ": " + e.getMessage(), e);
        }
    }

    /** tag-summary.json: {@code records}, {@code tagged}, {@code untagged}, {@code nodes} (id → count) and coverage. */
    public static Map<String, Object> summary(TagResult r, ChainMap map) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("map", map.id());
        m.put("records", r.records());
        m.put("tagged", r.tagged());
        m.put("untagged", r.untagged());
        m.put("taggedShare", r.records() == 0 ? 0.0 : Math.round(10000.0 * r.tagged() / r.records()) / 10000.0);
        m.put("nodes", r.nodes());
        Map<String, Object> files = new LinkedHashMap<>();
        r.perFile().forEach((k, v) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("records", v.records());
            f.put("tagged", v.tagged());
            f.put("untagged", v.records() - v.tagged());
            files.put(k, f);
        });
        m.put("files", files);
        m.put("untaggedTopIpc", r.untaggedIpc().stream().map(t -> pair("ipc", t)).toList());
        m.put("untaggedTopTitleTerms", r.untaggedTerms().stream().map(t -> pair("term", t)).toList());
        m.put("correctionsApplied", r.correctionsApplied());
        m.put("correctionProblems", r.correctionProblems());
        m.put("reviewSample", r.reviewWritten() ? "review-sample.xlsx" : null);
        return m;
    }

    /** A two-key JSON object with a fixed key order (Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> pair(String key, TermCount t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, t.term());
        m.put("count", t.count());
        return m;
    }

    /**
     * Re-derives the roll-up tags after manual corrections: a node is tagged "children → ..." when it has no tag of its
     * own and one of its children is tagged, so removing a sub-branch by hand also removes the branch's roll-up.
     */
    private static void rollUp(Map<String, String> audit, List<ChainNode> bottomUp) {
        audit.values().removeIf(v -> v.startsWith(dev.navi.chain.match.Tag.CHILDREN));
        for (ChainNode n : bottomUp) {
            if (n.children().isEmpty() || audit.containsKey(n.id())) {
                continue;
            }
            List<String> hit = n.children().stream().map(ChainNode::id).filter(audit::containsKey).toList();
            if (!hit.isEmpty()) {
                audit.put(n.id(), dev.navi.chain.match.Tag.CHILDREN + " → " + String.join(", ", hit));
            }
        }
    }

    /** Main groups of the untagged records' IPC classes, and title terms (English words, Chinese character pairs). */
    private static void countUntagged(Patent p, Map<String, Long> ipc, Map<String, Long> terms) {
        Set<String> groups = new LinkedHashSet<>();
        for (String code : p.ipc()) {
            String c = code.replace(" ", "").toUpperCase(Locale.ROOT);
            int slash = c.indexOf('/');
            groups.add(slash > 0 ? c.substring(0, slash) : c);
        }
        groups.forEach(g -> ipc.merge(g, 1L, Long::sum));
        if (p.title() == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        String t = p.title().toLowerCase(Locale.ROOT);
        for (String w : t.split("[^\\p{IsLatin}\\p{IsDigit}]+")) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                seen.add(w);
            }
        }
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
                String bigram = t.substring(i, i + 2);
                if (!STOP_BIGRAMS.contains(bigram)) {
                    seen.add(bigram);
                }
            }
        }
        seen.forEach(w -> terms.merge(w, 1L, Long::sum));
    }

    private static List<TermCount> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> new TermCount(e.getKey(), e.getValue())).toList();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000) + "…";
    }
}
