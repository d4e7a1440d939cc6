package dev.navi.pipeline;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.match.Tag;
import dev.navi.chain.match.Tagger;
import dev.navi.clean.CleanRecord;
import dev.navi.clean.CleanService;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;
import dev.navi.clean.StandardApplicantResolver;
import dev.navi.ingest.IngestService;
import dev.navi.io.OutputFolder;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricRecords;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.ResultsWriter;
import dev.navi.metrics.direction.ControlWeights;
import dev.navi.metrics.direction.DirectionModule;
import dev.navi.metrics.path.PathModule;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.stats.LifeCycle;
import dev.navi.project.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Clean → tag → metrics for a project, writing {@code results.json} and {@code tables/*.csv}.
 *
 * <p>Period: the project's years, else the span of application years in the data. Data cut-off: the project's
 * {@code cutoff}, else the latest publication date in the data (the day the newest record became visible, a lower
 * bound of the export date); the last complete year follows from it (see {@link LifeCycle#lastCompleteYear}).
 */
public final class MetricsPipeline {
    /** The outcome: the clean result, the metric context and the three modules. */
    public record Result(CleanService.CleanResult clean, MetricContext context, Map<String, ModuleResult> modules,
                         LocalDate cutoff) {
    }

    private MetricsPipeline() {
    }

    /** Runs the pipeline and writes the results into {@code outDir} atomically. */
    public static Result run(Project project, Path outDir, LongConsumer progress) {
        if (project.map() == null) {
            throw new dev.navi.ingest.InputException(project.file().toString(), "map: the metrics need a chain map");
        }
        ChainMap map = ChainMapReader.load(project.map());
        StandardApplicantResolver resolver;
        try {
            resolver = StandardApplicantResolver.withAliases(project.aliases());
        } catch (IOException e) {
            throw new dev.navi.ingest.InputException(String.valueOf(project.aliases()), "cannot read the alias table: " + e.getMessage());
        }
        CleanService clean = new CleanService(IngestService.withMappings(project.mappings()), resolver);
        CountingUnit unit = project.unit() == null ? null : CountingUnit.valueOf(project.unit().toUpperCase(Locale.ROOT));
        CleanService.CleanResult cleaned = clean.run(new CleanService.CleanRequest(project.inputs(), outDir, unit,
                java.nio.file.Files.isRegularFile(project.file()) ? ExclusionRules.load(project.file()) : ExclusionRules.none(),
                false, progress));

        Tagger tagger = Tagger.compile(map.toNodeSpecs());
        List<MetricRecord> records = new ArrayList<>(cleaned.records().size());
        List<String> nodeIds = map.nodes().stream().map(n -> n.id()).toList();
        List<List<String>> dataRows = new ArrayList<>(cleaned.records().size());
        LocalDate latest = null;
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (CleanRecord c : cleaned.records()) {
            Set<String> nodes = new LinkedHashSet<>();
            for (Tag t : tagger.tag(c.patent())) {
                nodes.add(t.nodeId());
            }
            MetricRecord m = MetricRecords.of(c, nodes);
            records.add(m);
            if (project.outputs().contains("xlsx")) {
                List<String> row = new ArrayList<>(dev.navi.ingest.dataset.CanonicalColumns.cells(c.patent()));
                row.add(c.unitId());
                row.add(String.join("\n", nodes));
                for (String id : nodeIds) {
                    row.add(nodes.contains(id) ? "1" : "");
                }
                dataRows.add(row);
            }
            if (c.patent().publicationDate() != null && (latest == null || c.patent().publicationDate().isAfter(latest))) {
                latest = c.patent().publicationDate();
            }
            if (m.applicationYear() != null) {
                minYear = Math.min(minYear, m.applicationYear());
                maxYear = Math.max(maxYear, m.applicationYear());
            }
        }
        LocalDate cutoff = project.cutoff() != null ? project.cutoff() : latest != null ? latest : LocalDate.of(maxYear, 12, 31);
        int from = project.fromYear() != null ? project.fromYear() : minYear;
        int to = project.toYear() != null ? project.toYear() : maxYear;
        int lastComplete = Math.min(to, LifeCycle.lastCompleteYear(cutoff));
        MetricContext ctx = new MetricContext(records, map, cleaned.unit().key(), project.region(), project.peers(), from, to,
                lastComplete);

        Map<String, ModuleResult> modules = new LinkedHashMap<>();
        modules.put("direction", DirectionModule.compute(ctx, ControlWeights.defaults()));
        ModuleResult positioning = PositioningModule.compute(ctx);
        modules.put("positioning", positioning);
        modules.put("path", PathModule.compute(ctx, positioning));

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("project", project.name());
        run.put("inputs", project.inputs().stream().map(p -> project.file().toAbsolutePath().getParent().relativize(p.toAbsolutePath()).toString()).toList());
        run.put("map", map.id());
        run.put("unit", cleaned.unit().key());
        run.put("unitReason", cleaned.unitReason());
        run.put("records", (long) records.size());
        run.put("recordsIn", cleaned.recordsIn());
        run.put("region", project.region() == null ? null : project.region().code());
        run.put("peers", project.peers().stream().map(r -> r.code()).toList());
        run.put("period", List.of(from, to));
        run.put("cutoff", cutoff.toString());
        run.put("cutoffSource", project.cutoff() != null ? "project file" : "latest publication date in the data");
        run.put("lastCompleteYear", lastComplete);
        run.put("tool", "navi");
        try (OutputFolder out = OutputFolder.open(outDir)) {
            ResultsWriter.write(out, run, modules);
            if (project.outputs().contains("charts")) {
                dev.navi.chart.AtlasCharts.write(ctx, modules, "en".equals(project.language()), out.file("charts"));
            }
            if (project.outputs().contains("xlsx")) {
                List<String> columns = new ArrayList<>(dev.navi.ingest.dataset.CanonicalColumns.header());
                columns.add("unitId");
                columns.add("tags");
                nodeIds.forEach(id -> columns.add("node:" + id));
                List<dev.navi.metrics.Definition> defs = new ArrayList<>();
                List<dev.navi.metrics.MetricTable> tables = new ArrayList<>();
                modules.values().forEach(mr -> {
                    mr.definitions().stream().filter(d -> defs.stream().noneMatch(x -> x.id().equals(d.id()))).forEach(defs::add);
                    tables.addAll(mr.tables());
                });
                var model = new dev.navi.report.xlsx.AtlasWorkbookModel(project.name(),
                        "en".equals(project.language()) ? dev.navi.report.xlsx.AtlasWorkbookModel.Language.EN
                                : dev.navi.report.xlsx.AtlasWorkbookModel.Language.ZH,
                        cleaned.unit().key() + " (" + cleaned.unit().zh() + ")",
                        project.inputs().stream().map(p -> p.getFileName().toString()).toList(), cutoff, List.of(),
                        List.of(), defs, columns, dataRows, tables);
                try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out.file("atlas.xlsx"))) {
                    dev.navi.report.xlsx.AtlasWorkbook.write(model, os);
                }
            }
            out.commit("results.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
        return new Result(cleaned, ctx, modules, cutoff);
    }
}
