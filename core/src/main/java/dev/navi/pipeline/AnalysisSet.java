package dev.navi.pipeline;

import dev.navi.clean.CleanRecord;
import dev.navi.clean.CleanService;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;
import dev.navi.clean.StandardApplicantResolver;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.InputException;
import dev.navi.metrics.stats.LifeCycle;
import dev.navi.model.YearBasis;
import dev.navi.project.DefaultPeriod;
import dev.navi.project.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The analysis set (分析集), defined once and handed to every module, chart, table, the report and the workbook: the
 * records kept by ingest → de-duplicated to the counting unit → denoised by the exclusion rules (both in
 * {@link CleanService}) → with a year on the chosen {@link YearBasis} within the period. Records without a date on
 * that basis, or outside the period, are counted here ({@link #noYear}, {@link #beforePeriod}, {@link #afterPeriod}),
 * so {@code clean.recordsOut() = records.size() + outsidePeriod()} always.
 *
 * <p>Immutable; {@code records} keeps the clean stage's order.
 *
 * @param clean        the clean stage's result (input accounting, all counted records)
 * @param basis        the year basis
 * @param fromYear     first year of the period
 * @param toYear       last year of the period
 * @param periodSource where the period came from ({@code project file or options}, or navi's default, see
 *                     {@link DefaultPeriod#source})
 * @param cutoff       the data cut-off: the project's, else the latest publication date in the counted records
 * @param records      the records of the set, in the clean stage's order
 * @param noYear       counted records without a date on the basis (left out of the set)
 * @param beforePeriod counted records whose year is before {@code fromYear}
 * @param afterPeriod  counted records whose year is after {@code toYear}
 */
public record AnalysisSet(CleanService.CleanResult clean, YearBasis basis, int fromYear, int toYear, String periodSource,
                          LocalDate cutoff, List<CleanRecord> records, long noYear, long beforePeriod, long afterPeriod) {
    public AnalysisSet {
        records = List.copyOf(records);
        if (clean.recordsOut() != records.size() + noYear + beforePeriod + afterPeriod) {
            throw new IllegalStateException("analysis set accounting broken: " + clean.recordsOut() + " counted != "
                    + records.size() + " in the set + " + noYear + " without a year + " + beforePeriod + " before + "
                    + afterPeriod + " after the period");
        }
    }

    /** Counted records left out of the set by the period (no year on the basis, before or after it). */
    public long outsidePeriod() {
        return noYear + beforePeriod + afterPeriod;
    }

    /** Whether the period is navi's default in full (the project sets neither end). */
    public boolean periodDefault() {
        return periodSource.startsWith("default");
    }

    /**
     * Selects the set from cleaned records.
     *
     * @param from   first year, or {@code null} for the default ({@link DefaultPeriod#firstYear})
     * @param to     last year, or {@code null} for the default: the last complete year up to the cut-off
     * @param cutoff the data cut-off, or {@code null} for the latest publication date in the counted records (31
     *               December of the latest year on the basis when no record has one)
     * @param where  the file to name in errors (the project file)
     * @throws InputException when no counted record has a date on the basis, or the period keeps none of them
     */
    public static AnalysisSet of(CleanService.CleanResult clean, YearBasis basis, Integer from, Integer to,
                                 LocalDate cutoff, String where) {
        YearBasis b = basis == null ? YearBasis.APPLICATION : basis;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        LocalDate latest = null;
        for (CleanRecord c : clean.records()) {
            Integer y = b.yearOf(c.patent());
            if (y != null) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
            LocalDate p = c.patent().publicationDate();
            if (p != null && (latest == null || p.isAfter(latest))) {
                latest = p;
            }
        }
        if (max == Integer.MIN_VALUE) {
            throw new InputException(where, "none of the " + clean.recordsOut() + " counted records has its " + b.en()
                    + " (" + b.zh() + "), so there is no year to count by; check that the exports carry those dates or "
                    + "choose another year basis (period.basis: application | priority | publication)");
        }
        LocalDate cut = cutoff != null ? cutoff : latest != null ? latest : LocalDate.of(max, 12, 31);
        // no period in the project: the last 20 complete years up to the cut-off (DefaultPeriod), not every year in the
        // data — one record from 1901 would otherwise start every trend there
        int t = to != null ? to : DefaultPeriod.lastYear(cut);
        int f = from != null ? from : DefaultPeriod.firstYear(t, min);
        String given = DefaultPeriod.source(from, to);
        String source = given == null ? "project file or options" : given;
        List<CleanRecord> in = new ArrayList<>(clean.records().size());
        long none = 0;
        long before = 0;
        long after = 0;
        for (CleanRecord c : clean.records()) {
            Integer y = b.yearOf(c.patent());
            if (y == null) {
                none++;
            } else if (y < f) {
                before++;
            } else if (y > t) {
                after++;
            } else {
                in.add(c);
            }
        }
        if (in.isEmpty()) {
            throw new InputException(where, "the period " + f + "–" + t + " by " + b.en() + " keeps none of the "
                    + clean.recordsOut() + " counted records (their " + b.en() + "s run " + min + "–" + max
                    + "); widen the period");
        }
        return new AnalysisSet(clean, b, f, t, source, cut, in, none, before, after);
    }

    /**
     * Reads and cleans a project's inputs (alias table, exclusion rules, counting unit) and selects its set by the
     * project's period and year basis.
     *
     * @param skipBadFiles go on past input files that cannot be read (they are listed in the clean result's files)
     * @param progress     rows read so far, or {@code null}
     * @throws InputException when an input, the alias table or the rules cannot be read, or the set is empty
     */
    public static AnalysisSet build(Project project, boolean skipBadFiles, LongConsumer progress) {
        return build(project, resolver(project), skipBadFiles, progress);
    }

    /** The applicant resolver of a project: navi's starter table with the project's alias table over it. */
    public static StandardApplicantResolver resolver(Project project) {
        try {
            return StandardApplicantResolver.withAliases(project.aliases());
        } catch (IOException e) {
            throw new InputException(String.valueOf(project.aliases()), "cannot read the alias table: " + e.getMessage());
        }
    }

    /**
     * {@link #build(Project, boolean, LongConsumer)} with a given applicant resolver (whose alias table others use too).
     *
     * @param skipBadFiles go on past input files that cannot be read (they are listed in the clean result's files)
     */
    public static AnalysisSet build(Project project, StandardApplicantResolver resolver, boolean skipBadFiles,
                                    LongConsumer progress) {
        return build(project, resolver, skipBadFiles, progress, CleanService::run);
    }

    /** How the clean step runs: {@link CleanService#run}, or through the project's cache ({@link ProjectCache}). */
    @FunctionalInterface
    public interface Cleaner {
        CleanService.CleanResult clean(CleanService service, CleanService.CleanRequest request);
    }

    /** {@link #build(Project, StandardApplicantResolver, boolean, LongConsumer)} with the clean step run by {@code cleaner}. */
    public static AnalysisSet build(Project project, StandardApplicantResolver resolver, boolean skipBadFiles,
                                    LongConsumer progress, Cleaner cleaner) {
        CleanService clean = new CleanService(IngestService.withMappings(project.mappings()), resolver);
        CountingUnit unit = project.unit() == null ? null : CountingUnit.valueOf(project.unit().toUpperCase(Locale.ROOT));
        CleanService.CleanResult cleaned = cleaner.clean(clean, new CleanService.CleanRequest(project.inputs(), project.file(), unit,
                Files.isRegularFile(project.file()) ? ExclusionRules.load(project.file()) : ExclusionRules.none(),
                skipBadFiles, progress));
        return of(cleaned, project.yearBasis(), project.fromYear(), project.toYear(), project.cutoff(),
                project.file().toString());
    }

    /**
     * The last year whose records are all visible at the cut-off. By publication year: the cut-off's year when the
     * cut-off is 31 December, else the year before. By application or priority year: {@link LifeCycle#lastCompleteYear}
     * (the 18-month publication lag).
     */
    public int lastCompleteYear(LocalDate cutoff) {
        if (basis == YearBasis.PUBLICATION) {
            return cutoff.getMonthValue() == 12 && cutoff.getDayOfMonth() == 31 ? cutoff.getYear() : cutoff.getYear() - 1;
        }
        return LifeCycle.lastCompleteYear(cutoff);
    }

    /** What the set is, for results.json ({@code analysisSet}), with a stable key order. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", definitionEn());
        m.put("unit", clean.unit().key());
        m.put("yearBasis", basis.key());
        m.put("period", List.of(fromYear, toYear));
        m.put("periodSource", periodSource);
        m.put("cutoff", cutoff.toString());
        m.put("counted", clean.recordsOut());
        m.put("noYear", noYear);
        m.put("beforePeriod", beforePeriod);
        m.put("afterPeriod", afterPeriod);
        m.put("records", (long) records.size());
        return m;
    }

    /** The set in one English sentence with its numbers. */
    public String definitionEn() {
        return String.format(Locale.ROOT, "records kept by ingest, de-duplicated to the counting unit (%s), denoised by "
                        + "the exclusion rules: %,d; of these, %,d with their %s in %d–%d form the analysis set (%,d with no %s, "
                        + "%,d before and %,d after the period left out)", clean.unit().key(), clean.recordsOut(),
                records.size(), basis.en(), fromYear, toYear, noYear, basis.en(), beforePeriod, afterPeriod);
    }

    /** The set in one Chinese sentence with its numbers. */
    public String definitionZh() {
        return String.format(Locale.ROOT, "入库记录经去重（计数单位：%s）和去噪后共%,d条；其中%s在%d–%d年的%,d条构成分析集"
                        + "（无%s%,d条、早于分析期%,d条、晚于分析期%,d条未纳入）", clean.unit().zh(), clean.recordsOut(), basis.zh(),
                fromYear, toYear, records.size(), basis.zh(), noYear, beforePeriod, afterPeriod);
    }
}
