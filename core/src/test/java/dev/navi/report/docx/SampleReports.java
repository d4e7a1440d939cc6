package dev.navi.report.docx;

import dev.navi.chart.AtlasCharts;
import dev.navi.chart.Figure;
import dev.navi.pipeline.MetricsPipeline;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
        return run(dir, withRegion, english, true);
    }

    /**
     * Runs the sample project into {@code dir}; without its industry inputs when {@code withIndustry} is false (the
     * pipeline reads {@code industry:} from the project file, so the run points at a project file without that key).
     */
    static Run run(Path dir, boolean withRegion, boolean english, boolean withIndustry) throws Exception {
        Project p = ProjectLoader.load(Path.of("..", "samples", "nev-battery", "navi.yaml"));
        Path file = p.file();
        if (!withIndustry) {
            java.nio.file.Files.createDirectories(dir);
            file = java.nio.file.Files.writeString(dir.resolve("navi.yaml"), "name: sample without industry data\n");
        }
        Project project = new Project(file, p.name(), english ? "en" : "zh", p.inputs(), p.mappings(), p.map(),
                p.aliases(), p.unit(), withRegion ? p.region() : null, withRegion ? p.peers() : List.of(), p.fromYear(),
                p.toYear(), p.cutoff(), Set.of("json"));
        MetricsPipeline.Result result = MetricsPipeline.run(project, dir.resolve("metrics"), null);
        List<Figure> figures = AtlasCharts.write(result.context(), result.modules(), english, dir.resolve("charts"));
        return new Run(project, result, figures);
    }

    /**
     * The report model of a run, made by the pipeline's own mapping ({@link MetricsPipeline#reportModel}) with the
     * language, title, date and version the tests fix.
     */
    static ReportModel model(Run run, ReportModel.Language language) {
        MetricsPipeline.Result r = run.result();
        Project p = run.project();
        boolean en = language == ReportModel.Language.EN;
        Project asked = new Project(p.file(), en ? "NEV power batteries: patent navigation (sample project, synthetic data)"
                : p.name(), en ? "en" : "zh", p.inputs(), p.mappings(), p.map(), p.aliases(), p.unit(), p.region(), p.peers(),
                p.fromYear(), p.toYear(), p.cutoff(), Set.of("docx"));
        return MetricsPipeline.reportModel(asked, new MetricsPipeline.Options(Set.of("docx"), REPORT_DATE, "0.1.0-test",
                null), r.clean(), r.context(), r.modules(), r.cutoff(), r.tagged(), run.figures(), List.of());
    }
}
