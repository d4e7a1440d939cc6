package dev.navi.report.docx;

import dev.navi.chain.map.ChainMap;
import dev.navi.chart.Figure;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.YearBasis;
import dev.navi.project.Region;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Word report of the navigation atlas says: the ready view model for {@link AtlasReport}. It holds values
 * only (no pipeline services, no files other than the figures' PNGs), so a report can be written again from a stored
 * model, and a test can build one by hand.
 *
 * <p>Immutable: lists and maps are copied (maps keep their iteration order). Build it with {@link #builder()}.
 * Required: {@code title}, {@code language}, {@code map}, {@code reportDate}, {@code fromYear}, {@code toYear}.
 * Optional components default as documented below and are never {@code null} afterwards, except {@code region},
 * {@code cutoff} and the {@link NodeQuality} values, which may be {@code null} and are then written in words.
 *
 * @param title            report title (cover, page header, the file's core "title" property)
 * @param language         language of every text the report writes
 * @param industry         the industry's name (the chain map's name in the report's language by default)
 * @param region           the region of interest, or {@code null} when none was configured (chapters 3 and 4 then say so)
 * @param peers            peer regions the region is compared with; empty by default
 * @param fromYear         first year analysed (on {@code yearBasis})
 * @param toYear           last year analysed (on {@code yearBasis})
 * @param lastCompleteYear the last year not affected by the 18-month publication lag; {@code toYear} by default
 * @param cutoff           data cut-off date (when the exports were made), or {@code null} when unknown
 * @param reportDate       the date printed on the cover and used for the file's created/modified properties; the
 *                         writer never reads the clock
 * @param toolVersion      navi's version, printed as "navi &lt;version&gt;" on the cover; empty by default
 * @param unit             the counting unit, its display name and why it was chosen
 * @param accounting       where every input record went (read, rejected, merged, excluded, counted)
 * @param sources          one entry per input file, in reading order; empty by default
 * @param tagging          tagging coverage and, when a review was done, precision/recall per node
 * @param map              the industry-chain map (node order, names, key products)
 * @param nodeRecords      chain node id → counted records tagged with it (roll-ups included); a missing node counts 0
 * @param searchStrings    the search strings the exports came from; empty when not recorded
 * @param modules          module name ({@code direction}, {@code positioning}, {@code path}) → its result; a missing
 *                         module or table is skipped with a sentence, never an error
 * @param figures          the atlas figures (from {@code AtlasCharts.write}), in report order; each is placed in the
 *                         chapter of its {@link Figure#section()}
 * @param periodDefault    the period is navi's default ({@link dev.navi.project.DefaultPeriod}), not the project's;
 *                         the report says so
 * @param yearBasis        which date gives a record its year (the period, every trend); application by default
 */
public record ReportModel(String title, Language language, String industry, Region region, List<Region> peers,
                          int fromYear, int toYear, int lastCompleteYear, LocalDate cutoff, LocalDate reportDate,
                          String toolVersion, Unit unit, Accounting accounting, List<Source> sources, Tagging tagging,
                          ChainMap map, Map<String, Long> nodeRecords, List<String> searchStrings,
                          Map<String, ModuleResult> modules, List<Figure> figures, boolean periodDefault,
                          YearBasis yearBasis) {

    /** The report's language. */
    public enum Language {
        /** Chinese (简体中文). */
        ZH,
        /** English. */
        EN;

        /** The language for a project's {@code language} key: {@code en} (any case) is English, anything else Chinese. */
        public static Language of(String key) {
            return "en".equalsIgnoreCase(key == null ? "" : key.strip()) ? EN : ZH;
        }
    }

    /**
     * The counting unit.
     *
     * @param key    {@code family}, {@code application} or {@code publication} (decides the measure word: 项 for
     *               families, 件 otherwise)
     * @param name   its display name in the report's language (e.g. "同族" or "family"); the key when blank
     * @param reason why it was chosen (as the clean stage states it); may be empty
     */
    public record Unit(String key, String name, String reason) {
        public Unit {
            key = key == null || key.isBlank() ? "record" : key.strip();
            name = name == null || name.isBlank() ? key : name.strip();
            reason = reason == null ? "" : reason.strip();
        }
    }

    /**
     * Where the input records went: {@code read − rejectedAtIngest − Σ duplicatesMerged − Σ excludedByRule = counted}
     * when the accounts balance (the report shows any difference as its own line rather than hiding it).
     *
     * @param read             data rows read from the input files
     * @param rejectedAtIngest rows that did not become records (unreadable, no publication number ...)
     * @param duplicatesMerged merge rule (e.g. {@code same publication}, {@code family}) → records merged into another
     * @param excludedByRule   exclusion rule → records removed by it (denoising)
     * @param counted          records of the analysis set, in the counting unit: what every chapter counts
     * @param outsidePeriod    counted records left out of the analysis set by the period (no year on the basis, or a
     *                         year before or after it)
     */
    public record Accounting(long read, long rejectedAtIngest, Map<String, Long> duplicatesMerged,
                             Map<String, Long> excludedByRule, long counted, long outsidePeriod) {
        /** Accounting without a period cut: every counted record is in the analysis set. */
        public Accounting(long read, long rejectedAtIngest, Map<String, Long> duplicatesMerged,
                          Map<String, Long> excludedByRule, long counted) {
            this(read, rejectedAtIngest, duplicatesMerged, excludedByRule, counted, 0);
        }

        public Accounting {
            duplicatesMerged = copy(duplicatesMerged);
            excludedByRule = copy(excludedByRule);
        }

        /** Records the inputs yielded: {@code read − rejectedAtIngest}. */
        public long recordsIn() {
            return read - rejectedAtIngest;
        }

        /** All merged records. */
        public long merged() {
            return duplicatesMerged.values().stream().mapToLong(Long::longValue).sum();
        }

        /** All excluded records. */
        public long excluded() {
            return excludedByRule.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * What the accounts do not explain: {@code recordsIn − merged − excluded − outsidePeriod − counted}; 0 when they
         * balance.
         */
        public long unexplained() {
            return recordsIn() - merged() - excluded() - outsidePeriod - counted;
        }

        /** Accounting for a model that has no cleaning data: everything read was counted. */
        public static Accounting counted(long counted) {
            return new Accounting(counted, 0, Map.of(), Map.of(), counted);
        }
    }

    /**
     * One input file.
     *
     * @param file     file name as the analyst knows it (no folders needed)
     * @param layout   detected export layout (e.g. "incoPat", "Lens.org")
     * @param read     data rows read
     * @param kept     rows that became records
     * @param rejected rows rejected at ingest
     */
    public record Source(String file, String layout, long read, long kept, long rejected) {
        public Source {
            Objects.requireNonNull(file, "file");
            layout = layout == null ? "" : layout;
        }
    }

    /**
     * Tagging quality.
     *
     * @param tagged  counted records tagged with at least one chain node
     * @param counted counted records
     * @param review  precision/recall per node from an analyst's review; empty when no review was done
     */
    public record Tagging(long tagged, long counted, List<NodeQuality> review) {
        public Tagging {
            review = review == null ? List.of() : List.copyOf(review);
        }
    }

    /**
     * Precision and recall of one node from a reviewed sample. Values are fractions in [0,1]; {@code null} (or NaN,
     * which becomes {@code null}) when not measured.
     *
     * @param node          chain node id (its name is looked up in the map; an unknown id is shown as is)
     * @param reviewed      records reviewed for the node
     * @param precision     precision
     * @param precisionLow  lower end of its 95 % interval
     * @param precisionHigh upper end of its 95 % interval
     * @param recall        recall
     * @param recallLow     lower end of its 95 % interval
     * @param recallHigh    upper end of its 95 % interval
     */
    public record NodeQuality(String node, long reviewed, Double precision, Double precisionLow, Double precisionHigh,
                              Double recall, Double recallLow, Double recallHigh) {
        public NodeQuality {
            Objects.requireNonNull(node, "node");
            precision = finite(precision);
            precisionLow = finite(precisionLow);
            precisionHigh = finite(precisionHigh);
            recall = finite(recall);
            recallLow = finite(recallLow);
            recallHigh = finite(recallHigh);
        }

        private static Double finite(Double d) {
            return d == null || d.isNaN() || d.isInfinite() ? null : d;
        }
    }

    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(reportDate, "reportDate");
        if (fromYear > toYear) {
            throw new IllegalArgumentException("period " + fromYear + "–" + toYear + " is empty");
        }
        industry = industry == null || industry.isBlank()
                ? (language == Language.EN && map.nameEn() != null ? map.nameEn() : map.name()) : industry.strip();
        peers = peers == null ? List.of() : List.copyOf(peers);
        toolVersion = toolVersion == null ? "" : toolVersion.strip();
        unit = unit == null ? new Unit(null, null, null) : unit;
        sources = sources == null ? List.of() : List.copyOf(sources);
        nodeRecords = copy(nodeRecords);
        long counted = accounting != null ? accounting.counted() : 0;
        accounting = accounting == null ? Accounting.counted(counted) : accounting;
        tagging = tagging == null ? new Tagging(0, accounting.counted(), List.of()) : tagging;
        searchStrings = searchStrings == null ? List.of()
                : searchStrings.stream().filter(s -> s != null && !s.isBlank()).toList();
        modules = modules == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(modules));
        figures = figures == null ? List.of() : List.copyOf(figures);
        yearBasis = yearBasis == null ? YearBasis.APPLICATION : yearBasis;
    }

    /** True for an English report. */
    public boolean english() {
        return language == Language.EN;
    }

    /** The table {@code id} of module {@code module}, if the module computed it. */
    public Optional<MetricTable> table(String module, String id) {
        ModuleResult m = modules.get(module);
        return m == null ? Optional.empty() : m.tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Counted records tagged with the node (0 when unknown). */
    public long records(String nodeId) {
        return nodeRecords.getOrDefault(nodeId, 0L);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, Long> copy(Map<String, Long> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** Builds a {@link ReportModel}; every setter returns the builder, {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String title;
        private Language language = Language.ZH;
        private String industry;
        private Region region;
        private List<Region> peers;
        private int fromYear;
        private int toYear;
        private Integer lastCompleteYear;
        private LocalDate cutoff;
        private LocalDate reportDate;
        private String toolVersion;
        private Unit unit;
        private Accounting accounting;
        private List<Source> sources;
        private Tagging tagging;
        private ChainMap map;
        private Map<String, Long> nodeRecords;
        private List<String> searchStrings;
        private Map<String, ModuleResult> modules;
        private List<Figure> figures;
        private boolean periodDefault;
        private YearBasis yearBasis;

        private Builder() {
        }

        public Builder title(String v) { title = v; return this; }
        public Builder language(Language v) { language = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder region(Region v) { region = v; return this; }
        public Builder peers(List<Region> v) { peers = v; return this; }
        /** The analysed years on the year basis, inclusive. */
        public Builder period(int from, int to) { fromYear = from; toYear = to; return this; }
        public Builder lastCompleteYear(int v) { lastCompleteYear = v; return this; }
        public Builder cutoff(LocalDate v) { cutoff = v; return this; }
        public Builder reportDate(LocalDate v) { reportDate = v; return this; }
        public Builder toolVersion(String v) { toolVersion = v; return this; }
        public Builder unit(Unit v) { unit = v; return this; }
        public Builder accounting(Accounting v) { accounting = v; return this; }
        public Builder sources(List<Source> v) { sources = v; return this; }
        public Builder tagging(Tagging v) { tagging = v; return this; }
        public Builder map(ChainMap v) { map = v; return this; }
        public Builder nodeRecords(Map<String, Long> v) { nodeRecords = v; return this; }
        public Builder searchStrings(List<String> v) { searchStrings = v; return this; }
        public Builder modules(Map<String, ModuleResult> v) { modules = v; return this; }
        public Builder figures(List<Figure> v) { figures = v; return this; }
        /** The period is navi's default (the project set none). */
        public Builder periodDefault(boolean v) { periodDefault = v; return this; }
        /** Which date gives a record its year (default application). */
        public Builder yearBasis(YearBasis v) { yearBasis = v; return this; }

        /** The model; throws when a required component is missing or the period is empty. */
        public ReportModel build() {
            return new ReportModel(title, language, industry, region, peers, fromYear, toYear,
                    lastCompleteYear == null ? toYear : lastCompleteYear, cutoff, reportDate, toolVersion, unit,
                    accounting, sources, tagging, map, nodeRecords, searchStrings, modules, figures, periodDefault,
                    yearBasis);
        }
    }
}
