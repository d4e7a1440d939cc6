package dev.navi.clean.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The applicant-name benchmark on the labelled development sets in {@code src/test/resources/names-dev} (see the
 * README there): pair precision and recall per variant kind and level, and type accuracy per class.
 *
 * <p>Pairs: every name of the pair file is clustered in one run with the starter alias table (each name count 1),
 * so a wrong merge can also come through a third name. An {@code entity} pair is predicted "same" when both names
 * land in one cluster (legal entity); a {@code group} pair when their clusters share a group. Precision and
 * recall count the "same" class: a true positive is a same pair predicted same, a false positive a different pair
 * predicted same. Types: the names of the type file are clustered in one run, and each name gets its cluster's
 * type (one type per legal entity), compared with the hand label.
 *
 * <p>Run it with {@code scripts/bench-names}, or {@code main}. {@link NameBenchmarkTest} asserts the targets.
 */
public final class NameBenchmark {

    /** One labelled pair. */
    record Pair(String a, String b, boolean same, String kind, String level, int line) {
    }

    /** One labelled name. */
    record Typed(String name, ApplicantType type, String script, int line) {
    }

    /** Counts for one row of the pair table. */
    static final class PairCounts {
        int tp;
        int fp;
        int fn;
        int tn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        void add(boolean truth, boolean predicted) {
            if (truth && predicted) {
                tp++;
            } else if (!truth && predicted) {
                fp++;
            } else if (truth) {
                fn++;
            } else {
                tn++;
            }
        }
    }

    /** The benchmark's figures and the errors, for printing and for assertions. */
    record Result(Map<String, PairCounts> byKind, PairCounts pairs, Map<ApplicantType, int[]> byType, int typeRight,
                  int typeTotal, List<String> pairErrors, List<String> typeErrors, long clusterMillis) {
        double typeAccuracy() {
            return typeTotal == 0 ? 1.0 : (double) typeRight / typeTotal;
        }

        double typeAccuracy(ApplicantType t) {
            int[] c = byType.get(t);
            return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
        }
    }

    private NameBenchmark() {
    }

    /** Runs both sets with the standard parts and the starter alias table. */
    public static Result run() {
        return run(new NameClusterer(AliasTable.starter()));
    }

    static Result run(NameClusterer clusterer) {
        List<Pair> pairs = readPairs("name-pairs.tsv");
        List<Typed> typed = readTypes("applicant-types.tsv");
        long start = System.nanoTime();
        Map<String, Long> names = new TreeMap<>();
        for (Pair p : pairs) {
            names.put(p.a(), 1L);
            names.put(p.b(), 1L);
        }
        Map<String, Cluster> byName = index(clusterer.cluster(names));
        Map<String, PairCounts> byKind = new TreeMap<>();
        PairCounts all = new PairCounts();
        List<String> pairErrors = new ArrayList<>();
        for (Pair p : pairs) {
            Cluster ca = byName.get(p.a());
            Cluster cb = byName.get(p.b());
            boolean predicted = ca != null && cb != null
                    && (p.level().equals("group") ? ca.group().equals(cb.group()) : ca.id().equals(cb.id()));
            byKind.computeIfAbsent(p.kind() + (p.level().equals("group") ? " (group)" : ""), k -> new PairCounts())
                    .add(p.same(), predicted);
            all.add(p.same(), predicted);
            if (predicted != p.same()) {
                pairErrors.add((p.same() ? "missed " : "WRONG MERGE ") + p.kind() + "/" + p.level() + " line " + p.line()
                        + ": " + p.a() + "  |  " + p.b() + (ca == null || cb == null ? "" : "   [" + ca.standardName()
                        + " / " + cb.standardName() + "]"));
            }
        }
        Map<String, Long> typeNames = new TreeMap<>();
        for (Typed t : typed) {
            typeNames.put(t.name(), 1L);
        }
        Map<String, Cluster> typeClusters = index(clusterer.cluster(typeNames));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<ApplicantType, int[]> byType = new LinkedHashMap<>();
        for (ApplicantType t : ApplicantType.values()) {
            byType.put(t, new int[2]);
        }
        int right = 0;
        List<String> typeErrors = new ArrayList<>();
        for (Typed t : typed) {
            Cluster c = typeClusters.get(t.name());
            ApplicantType got = c == null ? null : c.type();
            int[] cell = byType.get(t.type());
            cell[1]++;
            if (got == t.type()) {
                cell[0]++;
                right++;
            } else {
                typeErrors.add(key(t.type()) + " typed " + (got == null ? "none" : key(got)) + " line " + t.line() + ": "
                        + t.name() + "  [" + ApplicantTypeClassifier.standard().classify(c == null ? t.name() : c.standardName()).rule() + "]");
            }
        }
        return new Result(byKind, all, byType, right, typed.size(), pairErrors, typeErrors, millis);
    }

    /** Prints the tables and the errors. */
    public static void main(String[] args) {
        Result r = run();
        System.out.println(format(r, args.length > 0 && args[0].equals("--errors")));
    }

    static String format(Result r, boolean errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nName pairs (names-dev/name-pairs.tsv): precision and recall of 'same'%n"));
        sb.append(String.format(Locale.ROOT, "%-26s %5s %5s %4s %4s %4s %10s %8s%n", "kind", "same", "diff", "TP", "FP", "FN",
                "precision", "recall"));
        for (Map.Entry<String, PairCounts> e : r.byKind().entrySet()) {
            row(sb, e.getKey(), e.getValue());
        }
        row(sb, "all", r.pairs());
        sb.append(String.format(Locale.ROOT, "%nApplicant types (names-dev/applicant-types.tsv), type of the name's cluster%n"));
        sb.append(String.format(Locale.ROOT, "%-18s %6s %6s %9s%n", "class", "right", "names", "accuracy"));
        for (Map.Entry<ApplicantType, int[]> e : r.byType().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-18s %6d %6d %9.3f%n", key(e.getKey()), e.getValue()[0], e.getValue()[1],
                    r.typeAccuracy(e.getKey())));
        }
        sb.append(String.format(Locale.ROOT, "%-18s %6d %6d %9.3f%n", "all", r.typeRight(), r.typeTotal(), r.typeAccuracy()));
        if (errors) {
            sb.append(String.format("%nPair errors:%n"));
            r.pairErrors().forEach(e -> sb.append("  ").append(e).append('\n'));
            sb.append(String.format("%nType errors:%n"));
            r.typeErrors().forEach(e -> sb.append("  ").append(e).append('\n'));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, PairCounts c) {
        sb.append(String.format(Locale.ROOT, "%-26s %5d %5d %4d %4d %4d %10.3f %8.3f%n", label, c.tp + c.fn, c.fp + c.tn, c.tp,
                c.fp, c.fn, c.precision(), c.recall()));
    }

    private static String key(ApplicantType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Cluster> index(List<Cluster> clusters) {
        Map<String, Cluster> byName = new HashMap<>();
        for (Cluster c : clusters) {
            for (Cluster.Member m : c.members()) {
                byName.put(m.name(), c);
            }
        }
        return byName;
    }

    static List<Pair> readPairs(String file) {
        List<Pair> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 5 || !(c[2].equals("same") || c[2].equals("different"))
                    || !(c[4].equals("entity") || c[4].equals("group"))) {
                throw new IllegalStateException("names-dev/" + file + " line " + (i + 1)
                        + ": expected name_a, name_b, same|different, kind, entity|group separated by tabs: " + line);
            }
            out.add(new Pair(c[0], c[1], c[2].equals("same"), c[3], c[4], i + 1));
        }
        return out;
    }

    static List<Typed> readTypes(String file) {
        List<Typed> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            ApplicantType t = c.length == 3 ? parseType(c[1]) : null;
            if (t == null) {
                throw new IllegalStateException("names-dev/" + file + " line " + (i + 1)
                        + ": expected name, type (enterprise|university|institute|individual|government-other), script: " + line);
            }
            out.add(new Typed(c[0], t, c[2], i + 1));
        }
        return out;
    }

    private static ApplicantType parseType(String key) {
        for (ApplicantType t : ApplicantType.values()) {
            if (key(t).equals(key) || t.en().equals(key) || (t == ApplicantType.INSTITUTE && key.equals("institute"))) {
                return t;
            }
        }
        return null;
    }

    private static List<String> lines(String file) {
        try (InputStream in = NameBenchmark.class.getResourceAsStream("/names-dev/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource names-dev/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
