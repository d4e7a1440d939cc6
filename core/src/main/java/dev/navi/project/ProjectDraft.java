package dev.navi.project;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.ingest.RecordSink;
import dev.navi.ingest.Reject;
import dev.navi.model.Patent;
import dev.navi.model.YearBasis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code navi init --from FILE...} learns from a project's exports, and the starter project file and chain map
 * it writes from them: the inputs, a period (the default period, {@link DefaultPeriod}, over the data), the cut-off
 * (the latest publication date in the exports: the exports were made on or after it) and one chain branch per
 * dominant IPC subclass. Immutable.
 *
 * @param files      the export files, as given
 * @param outcomes   per file: its report, or why it could not be read
 * @param records    records read from the readable files
 * @param cutoff     the latest publication date in the exports, or {@code null} when none has one
 * @param fromYear   the first year of the period, or {@code null} without dates on any basis
 * @param toYear     the last year of the period, or {@code null} without dates on any basis
 * @param basis      the year basis of the period: application, unless fewer than half the records carry an application
 *                   date (an Orbit export without its application-date column); then the first of priority and
 *                   publication that at least half carry, else the best filled; {@code null} without dates
 * @param dated      per year basis, the records with a date on it
 * @param subclasses the dominant IPC subclasses (at least {@value #MIN_SHARE_PERCENT} % of the records with an IPC
 *                   class, at most {@value #MAX_BRANCHES}), most frequent first
 * @param withIpc    records with at least one IPC class
 */
public record ProjectDraft(List<Path> files, List<FileOutcome> outcomes, long records, LocalDate cutoff, Integer fromYear,
                           Integer toYear, YearBasis basis, Map<YearBasis, Long> dated, List<Subclass> subclasses, long withIpc) {
    /** At most this many starter branches. */
    public static final int MAX_BRANCHES = 10;
    /** A subclass becomes a branch when at least this share of the records with IPC classes carry it. */
    public static final int MIN_SHARE_PERCENT = 5;
    private static final Pattern SUBCLASS = Pattern.compile("^([A-H]\\d\\d[A-Z])");

    public ProjectDraft {
        files = List.copyOf(files);
        outcomes = List.copyOf(outcomes);
        subclasses = List.copyOf(subclasses);
        dated = Map.copyOf(dated);
    }

    /** An IPC subclass ({@code H01M}) and the records carrying it. */
    public record Subclass(String code, long records) {
    }

    /** Reads the exports (a file that cannot be read is listed in {@link #outcomes}, not thrown). */
    public static ProjectDraft inspect(List<Path> files) {
        Map<String, Long> bySubclass = new HashMap<>();
        long[] counts = new long[2];
        LocalDate[] latest = new LocalDate[1];
        YearBasis[] bases = YearBasis.values();
        int[][] years = new int[bases.length][];
        long[] dated = new long[bases.length];
        for (int b = 0; b < bases.length; b++) {
            years[b] = new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE};
        }
        List<FileOutcome> outcomes = IngestService.withMappings(List.of()).readAll(files, new RecordSink() {
            @Override
            public void record(Patent p) {
                counts[0]++;
                if (p.publicationDate() != null && (latest[0] == null || p.publicationDate().isAfter(latest[0]))) {
                    latest[0] = p.publicationDate();
                }
                for (int b = 0; b < bases.length; b++) {
                    Integer y = bases[b].yearOf(p);
                    if (y != null) {
                        dated[b]++;
                        years[b][0] = Math.min(years[b][0], y);
                        years[b][1] = Math.max(years[b][1], y);
                    }
                }
                Set<String> seen = new HashSet<>();
                for (String code : p.ipc()) {
                    Matcher m = SUBCLASS.matcher(code.replace(" ", "").toUpperCase(Locale.ROOT));
                    if (m.find()) {
                        seen.add(m.group(1));
                    }
                }
                if (!seen.isEmpty()) {
                    counts[1]++;
                }
                seen.forEach(s -> bySubclass.merge(s, 1L, Long::sum));
            }

            @Override
            public void reject(Reject reject) {
                // broken rows do not shape the draft; navi analyze reports them
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
                // lookup tables carry no patents
            }
        }, true, null);
        LocalDate cutoff = latest[0];
        int chosen = chooseBasis(dated, counts[0]);
        Integer from = null;
        Integer to = null;
        if (chosen >= 0) {
            LocalDate end = cutoff != null ? cutoff : LocalDate.of(years[chosen][1], 12, 31);
            to = DefaultPeriod.lastYear(end);
            from = DefaultPeriod.firstYear(to, years[chosen][0]);
        }
        long withIpc = counts[1];
        List<Subclass> top = bySubclass.entrySet().stream()
                .filter(e -> e.getValue() * 100 >= MIN_SHARE_PERCENT * withIpc)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_BRANCHES).map(e -> new Subclass(e.getKey(), e.getValue())).toList();
        Map<YearBasis, Long> datedBy = new EnumMap<>(YearBasis.class);
        for (int b = 0; b < bases.length; b++) {
            datedBy.put(bases[b], dated[b]);
        }
        return new ProjectDraft(files, outcomes, counts[0], cutoff, from, to, chosen < 0 ? null : bases[chosen], datedBy,
                top, withIpc);
    }

    /**
     * The index (in {@link YearBasis#values()}) of the period's basis: the first basis at least half the records carry
     * a date on (application first: the navigation default), else the best filled one, else -1 when no record has a date.
     */
    static int chooseBasis(long[] dated, long records) {
        int best = -1;
        for (int b = 0; b < dated.length; b++) {
            if (dated[b] > 0 && dated[b] * 2 >= records) {
                return b;
            }
            if (dated[b] > 0 && (best < 0 || dated[b] > dated[best])) {
                best = b;
            }
        }
        return best;
    }

    /** The commented starter project file ({@code navi init} without {@code --from}). */
    public static String starterYaml() {
        try (InputStream in = ProjectDraft.class.getResourceAsStream("starter-navi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("resource starter-navi.yaml is missing from the navi jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The starter project file with this draft's inputs, period and cut-off.
     *
     * @param projectDir the folder the file is written to (inputs inside it are written relative to it)
     */
    public String projectYaml(Path projectDir) {
        String s = starterYaml();
        StringBuilder inputs = new StringBuilder("inputs:                               # the exports `navi init --from` read\n");
        Path base = projectDir.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i).toAbsolutePath().normalize();
            String shown = f.startsWith(base) ? base.relativize(f).toString().replace('\\', '/') : f.toString();
            FileOutcome o = outcomes.get(i);
            String note = o.failed() ? "   # could not be read: " + firstLine(o.error().getMessage())
                    : o.report() == null ? "" : "   # " + o.report().layoutName() + ", " + o.report().kept() + " records";
            inputs.append("  - ").append(quote(shown)).append(note).append('\n');
        }
        s = replaceBlock(s, "inputs:", inputs.toString());
        if (fromYear != null && basis == YearBasis.APPLICATION) {
            s = s.replaceFirst("(?m)^# period: \\{from: 2005, to: 2024\\}.*\\n( +#.*\\n)?",
                    "period: {from: " + fromYear + ", to: " + toYear + "}        # the last " + DefaultPeriod.YEARS
                            + " complete years up to the cut-off, from the data\n");
        } else if (fromYear != null) {
            // the exports lack application dates (an Orbit export without that column): a period by application year
            // would count nothing, so the draft counts by the basis the records do carry, and says why
            s = s.replaceFirst("(?m)^# period: \\{from: 2005, to: 2024\\}.*\\n( +#.*\\n)?",
                    "period: {from: " + fromYear + ", to: " + toYear + ", basis: " + basis.key() + "}   # by "
                            + basis.en() + ": only " + dated.getOrDefault(YearBasis.APPLICATION, 0L) + " of " + records
                            + " records carry an application date\n"
                            + "                                      # (re-export with it to count by application year)\n");
        }
        if (cutoff != null) {
            s = s.replaceFirst("(?m)^# cutoff: 2025-06-30.*\\n", "cutoff: " + cutoff
                    + "                    # the latest publication date in the exports; put the export date if you know it\n");
        }
        return s;
    }

    /** A starter chain map with one branch per dominant IPC subclass, or {@code null} when the exports carry no IPC. */
    public String chainMapYaml() {
        if (subclasses.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append("# Starter industry-chain map (产业链结构图) written by `navi init --from`: one branch per IPC subclass\n")
                .append("# carried by at least ").append(MIN_SHARE_PERCENT).append(" % of the ").append(withIpc)
                .append(" records with an IPC class (at most ").append(MAX_BRANCHES).append(").\n")
                .append("# Rename the branches, group them into segments (上游 / 中游 / 下游), narrow them with IPC groups and\n")
                .append("# queries; `navi map init FILE` writes a map that shows every feature of the format in comments.\n")
                .append("# Check it with `navi map validate chain-map.yaml`.\n")
                .append("industry: {id: my-industry, zh: 我的产业, en: My industry}\n")
                .append("nodes:\n");
        for (Subclass c : subclasses) {
            b.append("  - id: ").append(c.code().toLowerCase(Locale.ROOT)).append('\n')
                    .append("    zh: ").append(c.code()).append(" 待命名\n")
                    .append("    en: ").append(c.code()).append(" (to be named)\n")
                    .append("    ipc: [").append(c.code()).append("]").append(" ".repeat(12)).append("# ")
                    .append(c.records()).append(" records (")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * c.records() / withIpc)).append(" %)\n");
        }
        return b.toString();
    }

    private static String replaceBlock(String text, String key, String block) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return text;
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("  ")) {
            end++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < start; i++) {
            b.append(lines.get(i)).append('\n');
        }
        b.append(block);
        for (int i = end; i < lines.size(); i++) {
            b.append(lines.get(i)).append('\n');
        }
        return b.toString();
    }

    private static String quote(String path) {
        return path.matches("[A-Za-z0-9_./\\-]+") ? path : "'" + path.replace("'", "''") + "'";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
