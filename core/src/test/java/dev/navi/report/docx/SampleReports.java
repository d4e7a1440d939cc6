package dev.navi.report.docx;

import dev.navi.chart.AtlasCharts;
import dev.navi.chart.Figure;
import dev.navi.clean.CleanService;
import dev.navi.ingest.IngestService;
import dev.navi.metrics.MetricRecord;
import dev.navi.pipeline.MetricsPipeline;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link ReportModel}s from a real {@link MetricsPipeline} run of the bundled sample project: the mapping a
 * caller (the {@code report} / {@code analyze} command) makes from the pipeline's result to the report's view model.
 */
final class SampleReports {
    /** The report date the tests use (never the clock). */
    static final LocalDate REPORT_DATE = LocalDate.of(2025, 7, 15);

    /** A pipeline run with its project and figures. */
    record Run(Project project, MetricsPipeline.Result result, List<Figure> figures) {
    }

    private SampleReports() {
    }

    /** Runs the sample project into {@code dir}; without a region when {@code withRegion} is false. */
    static Run run(Path dir, boolean withRegion, boolean english) throws Exception {
        Project p = ProjectLoader.load(Path.of("..", "samples", "nev-battery", "navi.yaml"));
        Project project = new Project(p.file(), p.name(), english ? "en" : "zh", p.inputs(), p.mappings(), p.map(),
                p.aliases(), p.unit(), withRegion ? p.region() : null, withRegion ? p.peers() : List.of(), p.fromYear(),
                p.toYear(), p.cutoff(), Set.of("json"));
        MetricsPipeline.Result result = MetricsPipeline.run(project, dir.resolve("metrics"), null);
        List<Figure> figures = AtlasCharts.write(result.context(), result.modules(), english, dir.resolve("charts"));
        return new Run(project, result, figures);
    }

    /** The report model of a run. */
    static ReportModel model(Run run, ReportModel.Language language) {
        MetricsPipeline.Result r = run.result();
        CleanService.CleanResult clean = r.clean();
        List<ReportModel.Source> sources = new ArrayList<>();
        for (IngestService.FileOutcome f : clean.files()) {
            if (f.report() != null) {
                sources.add(new ReportModel.Source(Path.of(f.path()).getFileName().toString(), f.report().layoutName(),
                        f.report().read(), f.report().kept(), f.report().rejected()));
            }
        }
        Map<String, Long> perNode = new LinkedHashMap<>();
        long tagged = 0;
        for (MetricRecord m : r.context().records()) {
            if (!m.nodes().isEmpty()) {
                tagged++;
            }
            for (String n : m.nodes()) {
                perNode.merge(n, 1L, Long::sum);
            }
        }
        long counted = r.context().records().size();
        boolean en = language == ReportModel.Language.EN;
        return ReportModel.builder()
                .title(en ? "NEV power batteries: patent navigation (sample project, synthetic data)" : run.project().name())
                .language(language)
                .region(r.context().region())
                .peers(r.context().peers())
                .period(r.context().fromYear(), r.context().toYear())
                .lastCompleteYear(r.context().lastCompleteYear())
                .cutoff(r.cutoff())
                .reportDate(REPORT_DATE)
                .toolVersion("0.1.0-test")
                .unit(new ReportModel.Unit(clean.unit().key(), en ? clean.unit().en() : clean.unit().zh(), clean.unitReason()))
                .accounting(new ReportModel.Accounting(clean.ingestRead(), clean.ingestRejects().size(),
                        clean.duplicatesMerged(), clean.excludedByRule(), counted))
                .sources(sources)
                .tagging(new ReportModel.Tagging(tagged, counted, List.of()))
                .map(r.context().map())
                .nodeRecords(perNode)
                .modules(r.modules())
                .figures(run.figures())
                .build();
    }
}
