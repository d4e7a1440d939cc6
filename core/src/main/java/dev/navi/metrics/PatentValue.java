package dev.navi.metrics;

import dev.navi.model.LegalStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The value score of a patent (专利价值评分) that ranks core patents and the high-value lists: the one definition of
 * forward citations normalised by cohort, family breadth and legal strength, so that the direction module's core
 * patents, the positioning module's quality indicators and the region's high-value list cannot disagree.
 * <p>Parts, each 0–1:
 * <ul>
 *   <li><b>citations</b>: {@code min(c, }{@value #CITATION_CAP}{@code ) / }{@value #CITATION_CAP}, with
 *       {@code c = citedBy / mean citedBy of the analysis set's records of the same year and node} (the cohort; an old
 *       patent is compared with its contemporaries, so age does not buy value); 0 when the record has no citation
 *       count or its cohort none at all;</li>
 *   <li><b>family</b>: {@code min(offices − 1, }{@value #FAMILY_CAP}{@code ) / }{@value #FAMILY_CAP}, offices = the
 *       distinct offices of the family (WO and EP included): 0 for a single office, 1 for five or more;</li>
 *   <li><b>legal</b>: in force 1; pending 0.5; status unknown 0.75 when granted, else 0.5; lapsed after a grant 0.25;
 *       lapsed without a grant (refused, withdrawn) 0.</li>
 * </ul>
 * Score = {@value #W_CITATIONS} × citations + {@value #W_FAMILY} × family + {@value #W_LEGAL} × legal (0–1). Ties: by
 * the normalised citations, then publication number.
 */
public final class PatentValue {
    /** Normalised citations at which the citation part is full. */
    public static final double CITATION_CAP = 4.0;
    /** Extra offices at which the family part is full. */
    public static final int FAMILY_CAP = 4;
    public static final double W_CITATIONS = 0.5;
    public static final double W_FAMILY = 0.25;
    public static final double W_LEGAL = 0.25;
    /** The top share of a node's records whose lowest score is the node's high-value threshold. */
    public static final double HIGH_VALUE_TOP = 0.10;

    private PatentValue() {
    }

    /**
     * One record's score and its parts.
     *
     * @param normalisedCitations citedBy / cohort mean, NaN when not measurable
     * @param citations           the citation part 0–1
     * @param offices             distinct offices of the family
     * @param family              the family part 0–1
     * @param legal               the legal part 0–1
     * @param score               the weighted sum 0–1
     */
    public record Score(double normalisedCitations, double citations, int offices, double family, double legal,
                        double score) {
    }

    /**
     * The cohort means of citedBy: per node (and the key {@code (all)} for every tagged record) and year, over the
     * records of the analysis set that have a citation count and a year. Immutable once built.
     */
    public static final class Cohorts {
        /** The node key of the all-nodes cohort. */
        public static final String ALL = "(all)";
        /** node → its sums by year; keyed by node then year, not by a "node|year" string built per lookup. */
        private final Map<String, YearSums> sums = new HashMap<>();

        /** Cohorts over {@code records}, counting the nodes in {@code nodes} (the map's; others are ignored). */
        public static Cohorts of(List<MetricRecord> records, Set<String> nodes) {
            Cohorts c = new Cohorts();
            for (MetricRecord r : records) {
                if (r.citedBy() == null || r.year() == null) {
                    continue;
                }
                boolean tagged = false;
                for (String n : r.nodes()) {
                    if (nodes.contains(n)) {
                        c.add(n, r.year(), r.citedBy());
                        tagged = true;
                    }
                }
                if (tagged) {
                    c.add(ALL, r.year(), r.citedBy());
                }
            }
            return c;
        }

        private void add(String node, int year, int cited) {
            YearSums s = sums.get(node);
            if (s == null) {
                s = new YearSums(year);
                sums.put(node, s);
            }
            s.add(year, cited);
        }

        /** The mean citedBy of a node's cohort of a year; NaN when the cohort is empty. */
        public double mean(String node, int year) {
            YearSums s = sums.get(node);
            return s == null ? Double.NaN : s.mean(year);
        }

        /** {sum, n} of citedBy per year, in arrays from the earliest year met (read once per record and node). */
        private static final class YearSums {
            private int first;
            private double[] sum = new double[8];
            private double[] n = new double[8];

            YearSums(int year) {
                first = year;
            }

            void add(int year, int cited) {
                if (year < first) {
                    int shift = first - year;
                    sum = shifted(sum, shift);
                    n = shifted(n, shift);
                    first = year;
                } else if (year - first >= sum.length) {
                    int size = Math.max(sum.length * 2, year - first + 1);
                    sum = java.util.Arrays.copyOf(sum, size);
                    n = java.util.Arrays.copyOf(n, size);
                }
                sum[year - first] += cited;
                n[year - first]++;
            }

            double mean(int year) {
                int k = year - first;
                return k < 0 || k >= n.length || n[k] == 0 ? Double.NaN : sum[k] / n[k];
            }

            private static double[] shifted(double[] a, int shift) {
                double[] out = new double[a.length + shift];
                System.arraycopy(a, 0, out, shift, a.length);
                return out;
            }
        }

        /** citedBy over its cohort's mean; NaN without a count or a year, or when the cohort's mean is 0. */
        public double normalised(MetricRecord r, String node) {
            if (r.citedBy() == null || r.year() == null) {
                return Double.NaN;
            }
            double m = mean(node, r.year());
            return Double.isNaN(m) || m == 0 ? Double.NaN : r.citedBy() / m;
        }
    }

    /**
     * The high-value threshold of every node (and {@link Cohorts#ALL}): the lowest score among the top
     * {@link #HIGH_VALUE_TOP} (rounded up, at least one) of the node's records that {@code scored} admits.
     */
    public static Map<String, Double> thresholds(List<MetricRecord> records, Set<String> nodes, Cohorts cohorts,
                                                 java.util.function.Predicate<MetricRecord> scored) {
        Map<String, Scores> byNode = new HashMap<>();
        for (MetricRecord r : records) {
            if (!scored.test(r)) {
                continue;
            }
            boolean tagged = false;
            int offices = -1;
            for (String n : r.nodes()) {
                if (nodes.contains(n)) {
                    offices = offices < 0 ? offices(r) : offices;
                    byNode.computeIfAbsent(n, k -> new Scores()).add(score(r, n, cohorts, offices).score());
                    tagged = true;
                }
            }
            if (tagged) {
                byNode.computeIfAbsent(Cohorts.ALL, k -> new Scores()).add(score(r, Cohorts.ALL, cohorts, offices).score());
            }
        }
        Map<String, Double> out = new HashMap<>();
        byNode.forEach((n, scores) -> {
            // the k-th largest in Double.compare's order (as Comparator.reverseOrder reversed): the value at n − k of
            // the ascending order, selected without sorting the node's scores (a node of a large run holds hundreds
            // of thousands)
            double[] v = java.util.Arrays.copyOf(scores.values, scores.size);
            // (a small epsilon: 0.1 × 30 is 3.0000000000000004 in binary, which must stay 3)
            int k = Math.max(1, (int) Math.ceil(HIGH_VALUE_TOP * v.length - 1e-9));
            out.put(n, select(v, v.length - k));
        });
        return out;
    }

    /**
     * The value at position {@code at} of {@code v} sorted ascending in {@link Double#compare}'s order (what
     * {@code Arrays.sort(v); v[at]} gives), by quickselect: expected linear time. Reorders {@code v}.
     */
    static double select(double[] v, int at) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            // median of three as the pivot, so that sorted or constant runs do not make it quadratic
            int mid = (lo + hi) >>> 1;
            double a = v[lo];
            double b = v[mid];
            double c = v[hi];
            double pivot = Double.compare(a, b) < 0
                    ? (Double.compare(b, c) < 0 ? b : Double.compare(a, c) < 0 ? c : a)
                    : (Double.compare(a, c) < 0 ? a : Double.compare(b, c) < 0 ? c : b);
            // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int cmp = Double.compare(v[i], pivot);
                if (cmp < 0) {
                    swap(v, lt++, i++);
                } else if (cmp > 0) {
                    swap(v, i, gt--);
                } else {
                    i++;
                }
            }
            if (at < lt) {
                hi = lt - 1;
            } else if (at > gt) {
                lo = gt + 1;
            } else {
                return v[at];
            }
        }
        return v[at];
    }

    private static void swap(double[] v, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
    }

    /** A growing array of scores (no boxing: a node of a large run holds hundreds of thousands). */
    private static final class Scores {
        double[] values = new double[16];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** The score of a record in a node's cohort ({@link Cohorts#ALL} for a list across nodes). */
    public static Score score(MetricRecord r, String node, Cohorts cohorts) {
        return score(r, node, cohorts, offices(r));
    }

    /** {@link #score(MetricRecord, String, Cohorts)} with the record's {@link #offices} counted once by the caller. */
    public static Score score(MetricRecord r, String node, Cohorts cohorts, int offices) {
        double c = cohorts.normalised(r, node);
        double cit = Double.isNaN(c) ? 0 : Math.min(c, CITATION_CAP) / CITATION_CAP;
        double fam = Math.min(Math.max(offices - 1, 0), FAMILY_CAP) / (double) FAMILY_CAP;
        double legal = legal(r);
        return new Score(c, cit, offices, fam, legal, W_CITATIONS * cit + W_FAMILY * fam + W_LEGAL * legal);
    }

    /** Distinct offices of the family (at least 1 when the record has an office). */
    public static int offices(MetricRecord r) {
        // a family names a handful of offices: distinct by looking back, not through a set per record
        List<String> markets = r.markets();
        String[] seen = new String[markets.size() + 1];
        int n = 0;
        for (String m : markets) {
            n = addOffice(seen, n, m);
        }
        return addOffice(seen, n, r.office());
    }

    /** Adds the office (stripped, upper case) to the first {@code n} of {@code seen} unless there; the new count. */
    private static int addOffice(String[] seen, int n, String office) {
        if (office == null || office.isBlank()) {
            return n;
        }
        return Distinct.add(seen, n, office.strip().toUpperCase(Locale.ROOT));
    }

    /** The legal part: in force 1, pending 0.5, unknown 0.75 granted / 0.5, lapsed after grant 0.25, else 0. */
    public static double legal(MetricRecord r) {
        LegalStatus s = r.status();
        if (s == LegalStatus.ACTIVE) {
            return 1.0;
        }
        if (s == LegalStatus.PENDING) {
            return 0.5;
        }
        if (s == LegalStatus.LAPSED) {
            return r.granted() ? 0.25 : 0.0;
        }
        return r.granted() ? 0.75 : 0.5;
    }

    /** The score in one English sentence (for definitions). */
    public static String ruleEn() {
        return "score = " + W_CITATIONS + " × citations + " + W_FAMILY + " × family + " + W_LEGAL + " × legal; citations = "
                + "min(citedBy / mean citedBy of the same year and node, " + num(CITATION_CAP) + ") / " + num(CITATION_CAP)
                + "; family = min(distinct family offices − 1, " + FAMILY_CAP + ") / " + FAMILY_CAP + "; legal = 1 in force, "
                + "0.5 pending, 0.75 granted with unknown status (0.5 not granted), 0.25 lapsed after a grant, 0 lapsed "
                + "without a grant";
    }

    /** The score in one Chinese sentence. */
    public static String ruleZh() {
        return "评分 = " + W_CITATIONS + " × 被引分 + " + W_FAMILY + " × 同族分 + " + W_LEGAL + " × 法律分；被引分 = 被引倍数（被引次数 / "
                + "同年同环节记录平均被引次数）封顶" + num(CITATION_CAP) + "后除以" + num(CITATION_CAP) + "；同族分 = （同族国家/地区数 − 1）封顶"
                + FAMILY_CAP + "后除以" + FAMILY_CAP + "；法律分：有效1，审中0.5，已授权但状态未知0.75（未授权0.5），授权后失效0.25，"
                + "未授权失效0";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
