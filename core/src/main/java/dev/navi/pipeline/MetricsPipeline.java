package dev.navi.pipeline;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.match.Tagger;
import dev.navi.clean.CleanRecord;
import dev.navi.clean.CleanService;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;
import dev.navi.clean.StandardApplicantResolver;
import dev.navi.industry.IndustryData;
import dev.navi.industry.IndustryReader;
import dev.navi.ingest.IngestService;
import dev.navi.io.OutputSet;
import dev.navi.metrics.Columns;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricRecords;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.ResultsWriter;
import dev.navi.metrics.direction.ControlWeights;
import dev.navi.metrics.direction.DirectionModule;
import dev.navi.metrics.industry.IndustryModule;
import dev.navi.metrics.legal.LegalModule;
import dev.navi.metrics.path.PathModule;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.stats.LifeCycle;
import dev.navi.project.DefaultPeriod;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;

import dev.navi.chain.review.ReviewResult;
import dev.navi.chain.review.ReviewWorkbook;
import dev.navi.chart.AtlasCharts;
import dev.navi.chart.Figure;
import dev.navi.report.docx.AtlasReport;
import dev.navi.report.docx.ReportModel;
import dev.navi.report.xlsx.AtlasWorkbook;
import dev.navi.report.xlsx.AtlasWorkbookModel;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
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
import java.util.function.Supplier;

/**
 * Ingest → clean → tag → metrics → charts → atlas for a project, everything written into one output folder
 * atomically: {@code results.json} and {@code tables/*.csv} always, {@code charts/} (PNG, SVG on request),
 * {@code atlas.xlsx} and {@code atlas.docx} when the outputs ask for them.
 *
 * <p>Period: the project's years, else the last 20 complete years up to the cut-off ({@link DefaultPeriod}). Data cut-off: the project's
 * {@code cutoff}, else the latest publication date in the data (the day the newest record became visible, a lower
 * bound of the export date); the last complete year follows from it (see {@link LifeCycle#lastCompleteYear}).
 *
 * <p>Tagging runs on all cores: records are split into fixed chunks and each chunk's tags are stored at the
 * record's index, so the result does not depend on scheduling.
 */
public final class MetricsPipeline {
    /**
     * How to run.
     *
     * @param outputs     which outputs to write ({@code json} is always written; {@code charts}, {@code svg},
     *                    {@code xlsx}, {@code docx})
     * @param reportDate  the date printed on the report's cover and in its properties
     * @param toolVersion navi's version, recorded in results.json and the documents
     * @param listener    hears the stages and their progress
     * @param skipBadFiles go on past input files that cannot be read (they are listed in the clean result's files)
     * @param useCache    read the cleaned records from the project's clean cache when the inputs and clean options are
     *                    unchanged, and store them for the next run ({@link ProjectCache}); off unless asked for
     * @param dataSheet   whether the workbook holds the data sheet (one row per record of the analysis set)
     */
    public record Options(Set<String> outputs, LocalDate reportDate, String toolVersion, PipelineListener listener,
                          boolean skipBadFiles, boolean useCache, DataSheetMode dataSheet) {
        public Options {
            outputs = Set.copyOf(outputs);
            dataSheet = dataSheet == null ? DataSheetMode.AUTO : dataSheet;
            Objects.requireNonNull(reportDate, "reportDate");
            toolVersion = toolVersion == null ? "unknown" : toolVersion;
            listener = listener == null ? PipelineListener.NONE : listener;
        }

        /** Stopping at the first input file that cannot be read. */
        public Options(Set<String> outputs, LocalDate reportDate, String toolVersion, PipelineListener listener) {
            this(outputs, reportDate, toolVersion, listener, false);
        }

        /** Without the clean cache. */
        public Options(Set<String> outputs, LocalDate reportDate, String toolVersion, PipelineListener listener,
                       boolean skipBadFiles) {
            this(outputs, reportDate, toolVersion, listener, skipBadFiles, false);
        }

        /** With the data sheet as {@link DataSheetMode#AUTO} decides. */
        public Options(Set<String> outputs, LocalDate reportDate, String toolVersion, PipelineListener listener,
                       boolean skipBadFiles, boolean useCache) {
            this(outputs, reportDate, toolVersion, listener, skipBadFiles, useCache, DataSheetMode.AUTO);
        }

        /** The project's outputs, today's date, an unknown version, the given listener. */
        public static Options of(Project project, LongConsumer progress) {
            return new Options(project.outputs(), LocalDate.now(), null, PipelineListener.of(progress));
        }
    }

    /**
     * Whether the workbook holds its data sheet (one row per record of the analysis set): {@code ALL}, {@code NONE}, or
     * {@code AUTO} — every record up to {@link #DATA_SHEET_AUTO_ROWS}, none above (the README sheet then says so and
     * where the records are). A data sheet of half a million records takes longer to write than the rest of the atlas and
     * makes a workbook of hundreds of megabytes that Excel opens slowly, if at all.
     */
    public enum DataSheetMode { AUTO, ALL, NONE }

    /** The most records {@link DataSheetMode#AUTO} writes to the data sheet. */
    public static final int DATA_SHEET_AUTO_ROWS = 200_000;

    /** Whether the workbook leaves its data sheet out for an analysis set of {@code records}. */
    static boolean leavesOutDataSheet(DataSheetMode mode, int records) {
        return mode == DataSheetMode.NONE || mode == DataSheetMode.AUTO && records > DATA_SHEET_AUTO_ROWS;
    }

    /**
     * The outcome.
     *
     * @param clean   the clean result (input accounting, counted records)
     * @param context what the metric modules saw
     * @param modules direction, positioning, path
     * @param cutoff  the data cut-off used
     * @param tagged  records of the analysis set tagged to at least one node
     * @param figures the figures drawn (empty without charts)
     * @param written the files and folders written, relative to the output folder, in order
     * @param set     the analysis set every module counted ({@code null} only in a result built by hand)
     */
    public record Result(CleanService.CleanResult clean, MetricContext context, Map<String, ModuleResult> modules,
                         LocalDate cutoff, long tagged, List<Figure> figures, List<String> written, AnalysisSet set) {
        /** A result without its analysis set (built by hand, e.g. in a test); {@link #set()} is then {@code null}. */
        public Result(CleanService.CleanResult clean, MetricContext context, Map<String, ModuleResult> modules,
                      LocalDate cutoff, long tagged, List<Figure> figures, List<String> written) {
            this(clean, context, modules, cutoff, tagged, figures, written, null);
        }

        public Result {
            figures = List.copyOf(figures);
            written = List.copyOf(written);
        }
    }

    private static final int TAG_CHUNK = 4096;

    private MetricsPipeline() {
    }

    /** Runs with the project's outputs and today's date; {@code progress} hears rows read (may be null). */
    public static Result run(Project project, Path outDir, LongConsumer progress) {
        return execute(project, outDir, Options.of(project, progress));
    }

    /** Runs the pipeline and writes the results into {@code outDir} atomically. */
    public static Result execute(Project project, Path outDir, Options options) {
        if (project.map() == null) {
            throw new dev.navi.ingest.InputException(project.file().toString(), "map: the metrics need a chain map");
        }
        PipelineListener listener = options.listener();
        ChainMap map = ChainMapReader.load(project.map());
        // an approved boundary map for the province map (optional): read now, so a bad file stops the run before the
        // long work, with its place named
        dev.navi.clean.region.BoundaryMap boundaries = ProjectLoader.boundaryMap(project.file());
        if (boundaries != null) {
            boundaries.notes().forEach(listener::warn);
        }
        List<ReviewResult> review = project.review() == null ? List.of() : ReviewWorkbook.read(project.review());
        // industry data (optional): a bad file is reported and left out, never the end of the run
        IndustryData industry = IndustryReader.load(project.file(), map, project.region());
        industry.problems().forEach(p -> listener.warn(p.message()));
        // the one analysis set every module, chart, table, the report and the workbook count; the clean step announces
        // its stage (reading, or the cache)
        StandardApplicantResolver resolver = AnalysisSet.resolver(project);
        ProjectCache.Caching cleaner = ProjectCache.cleaner(project, options.useCache(), options.toolVersion(), listener);
        AnalysisSet set = AnalysisSet.build(project, resolver, options.skipBadFiles(), new RowTotal(listener), cleaner);
        CleanService.CleanResult cleaned = set.clean();

        List<CleanRecord> counted = set.records();
        listener.stage(PipelineListener.Stage.TAG, counted.size());
        Tagger tagger = Tagger.compile(map.toNodeSpecs());
        List<Set<String>> tags = tagAll(tagger, counted, listener);
        List<MetricRecord> records = metricRecords(counted, tags, set.basis());
        long tagged = 0;
        for (Set<String> t : tags) {
            if (!t.isEmpty()) {
                tagged++;
            }
        }
        // the cut-off (AnalysisSet) is the newest record of everything counted, not only of the period: an export
        // made in 2025 stays an export made in 2025 when the period ends in 2015
        int from = set.fromYear();
        int to = set.toYear();
        LocalDate cutoff = set.cutoff();
        int lastComplete = Math.min(to, set.lastCompleteYear(cutoff));
        MetricContext ctx = new MetricContext(records, map, cleaned.unit().key(), project.region(), project.peers(), from, to,
                lastComplete, set.basis());

        boolean english = "en".equals(project.language());
        List<String> written = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        ExecutorService background = dev.navi.concurrent.Daemons.pool("navi-workbook", 1);
        ExecutorService reportThread = dev.navi.concurrent.Daemons.pool("navi-report", 1);
        AtlasCharts.Drawing drawing = null;
        CompletableFuture<Map<String, ModuleResult>> computed = new CompletableFuture<>();
        Map<String, ModuleResult> modules;
        try (OutputSet out = OutputSet.open(outDir)) {
            out.notes().forEach(listener::note);
            // The workbook (dominated by the data sheet, which needs only the tagged records) starts on a second
            // thread now and takes the metric tables when they are ready, while this thread computes the metrics and
            // draws the charts and the report; each output is its own file, so the order of work changes no output.
            StageGate workbookProgress = new StageGate(listener, PipelineListener.Stage.WORKBOOK);
            Future<?> workbook = null;
            if (options.outputs().contains("xlsx")) {
                workbook = background.submit(() -> {
                    writeWorkbook(project, map, set, tags, options.dataSheet(), computed, cutoff, review, out.file("atlas.xlsx"),
                            workbookProgress, options.reportDate());
                    return null;
                });
            }
            listener.stage(PipelineListener.Stage.METRICS, -1);
            try {
                modules = IndustryModule.attach(computeModules(ctx), ctx, industry, resolver.aliases());
                modules = dev.navi.metrics.TableCells.limit(modules); // long text cells cut: outputs proportional to the data
            } catch (RuntimeException | Error e) {
                computed.completeExceptionally(e);
                throw e;
            }
            computed.complete(modules);

            Map<String, Object> run = new LinkedHashMap<>();
            run.put("project", project.name());
            run.put("tool", "navi");
            run.put("toolVersion", options.toolVersion());
            run.put("inputs", project.inputs().stream().map(p -> relative(project, p)).toList());
            run.put("map", map.id());
            run.put("mapFile", relative(project, project.map()));
            run.put("aliases", project.aliases() == null ? null : relative(project, project.aliases()));
            run.put("language", project.language());
            run.put("unit", cleaned.unit().key());
            run.put("unitReason", cleaned.unitReason());
            run.put("records", (long) records.size());
            run.put("yearBasis", set.basis().key());
            run.put("analysisSet", set.summary());
            run.put("recordsIn", cleaned.recordsIn());
            run.put("ingestRejected", (long) cleaned.ingestRejects().size());
            run.put("duplicatesMerged", cleaned.merged());
            run.put("excluded", cleaned.excluded());
            run.put("outsidePeriod", set.outsidePeriod());
            run.put("tagged", tagged);
            run.put("region", project.region() == null ? null : project.region().code());
            run.put("peers", project.peers().stream().map(r -> r.code()).toList());
            run.put("period", List.of(from, to));
            run.put("periodSource", set.periodSource());
            run.put("cutoff", cutoff.toString());
            run.put("cutoffSource", project.cutoff() != null ? "project file" : "latest publication date in the data");
            run.put("lastCompleteYear", lastComplete);
            run.put("outputs", new TreeSet<>(options.outputs()));
            Map<String, Object> industryRun = null;
            if (industry.configured()) {
                // in a fixed order: Map.of iterates in an order that changes from JVM to JVM, and results.json with it
                industryRun = new LinkedHashMap<>();
                industryRun.put("files", new java.util.TreeMap<>(industry.files()));
                industryRun.put("used", industry.used());
                industryRun.put("problems", (long) industry.problems().size());
            }
            run.put("industry", industryRun);

            // The charts are drawn on two threads while the report is written on a third, placing each figure once it
            // is drawn, and this thread writes results.json and the tables: the report's and the tables' work fills
            // the cores the charts leave idle. Each output is its own file, so the order of work changes no output.
            if (options.outputs().contains("charts") || options.outputs().contains("svg")
                    || options.outputs().contains("docx")) {
                listener.stage(PipelineListener.Stage.CHARTS, -1);
                drawing = AtlasCharts.start(ctx, modules, english, out.file("charts"), options.outputs().contains("svg"),
                        boundaries);
                figures.addAll(drawing.figures());
            }
            Future<?> report = null;
            if (options.outputs().contains("docx")) {
                ReportModel model = reportModel(project, options, set, ctx, modules, cutoff, tagged, figures, review);
                Path docx = out.file("atlas.docx");
                AtlasCharts.Drawing figuresDrawn = drawing;
                report = reportThread.submit(() -> {
                    saving(docx, options.reportDate(), os -> AtlasReport.write(model, os, figuresDrawn::await));
                    return null;
                });
            }
            ResultsWriter.write(out, run, modules);
            written.add("tables/");
            if (drawing != null) {
                drawing.all();
                written.add("charts/");
            }
            if (report != null) {
                listener.stage(PipelineListener.Stage.REPORT, -1); // what remains of the report once the charts are done
                await(report);
                written.add("atlas.docx");
            }
            if (workbook != null) {
                workbookProgress.open(counted.size());
                await(workbook);
                written.add("atlas.xlsx");
            }
            written.add("results.json");
            cleaner.awaitStored(); // the clean cache is written beside the run (ProjectCache)
            listener.stage(PipelineListener.Stage.COMMIT, -1);
            out.commit("analyze", options.toolVersion(), manifestInputs(project), run);
            out.notes().forEach(listener::note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dev.navi.io.Names.show(outDir) + ": "
                    + dev.navi.io.Names.describe(e), e);
        } finally {
            background.shutdownNow();
            reportThread.shutdownNow();
            if (drawing != null) {
                drawing.stop();
            }
        }
        List<Figure> placed = new ArrayList<>();
        for (Figure f : figures) {
            placed.add(new Figure(f.id(), outDir.resolve("charts").resolve(f.png().getFileName().toString()),
                    f.svg() == null ? null : outDir.resolve("charts").resolve(f.svg().getFileName().toString()),
                    f.titleZh(), f.titleEn(), f.section(), f.table()));
        }
        return new Result(cleaned, ctx, modules, cutoff, tagged, placed, written, set);
    }

    /** A project's analysis set and its tagging. */
    public record TagRun(AnalysisSet set, dev.navi.chain.TagService.TagResult result) {
    }

    /**
     * Tags a project's analysis set, the very records {@code navi analyze} counts (de-duplicated to the unit, denoised,
     * within the period on the year basis), instead of the raw rows of its inputs.
     */
    public static TagRun tag(Project project, dev.navi.chain.TagService.TagRequest req) {
        AnalysisSet set = AnalysisSet.build(project, req.skipBadFiles(), req.progress());
        List<dev.navi.model.Patent> patents = new ArrayList<>(set.records().size());
        for (CleanRecord c : set.records()) {
            patents.add(c.patent());
        }
        dev.navi.chain.TagService tagger = new dev.navi.chain.TagService(IngestService.withMappings(project.mappings()));
        return new TagRun(set, tagger.tag(new dev.navi.chain.TagService.TagRequest(req.files(), req.map(), req.outDir(),
                req.corrections(), req.reviewSample(), req.seed(), req.skipBadFiles(), null), set.clean().files(), patents));
    }

    /**
     * The modules. Direction and legal are independent of the others and run on the common pool while positioning
     * and path (which builds on positioning) run on this thread: two halves of about the same work on two cores.
     * Each module's result depends only on the context, so the results are the same whatever the scheduling.
     */
    static Map<String, ModuleResult> computeModules(MetricContext ctx) {
        CompletableFuture<ModuleResult[]> other = CompletableFuture.supplyAsync(
                () -> new ModuleResult[]{DirectionModule.compute(ctx, ControlWeights.defaults()), LegalModule.compute(ctx)});
        ModuleResult positioning = PositioningModule.compute(ctx);
        ModuleResult path = PathModule.compute(ctx, positioning);
        ModuleResult[] directionAndLegal;
        try {
            directionAndLegal = other.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        Map<String, ModuleResult> modules = new LinkedHashMap<>();
        modules.put("direction", directionAndLegal[0]);
        modules.put("positioning", positioning);
        modules.put("path", path);
        modules.put(LegalModule.KEY, directionAndLegal[1]);
        return modules;
    }

    /** Waits for a background output (the workbook, the report); its failure becomes this thread's. */
    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook or the report", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Progress of a background stage: silent until the foreground reaches it and {@link #open}s it, then forwarded
     * (so two stages never draw over each other).
     */
    static final class StageGate implements PipelineListener {
        private final PipelineListener target;
        private final Stage stage;
        private volatile boolean open;
        private volatile long last;

        StageGate(PipelineListener target, Stage stage) {
            this.target = target;
            this.stage = stage;
        }

        void open(long total) {
            synchronized (target) {
                target.stage(stage, total);
                open = true;
                target.accept(last);
            }
        }

        @Override
        public void accept(long done) {
            last = done;
            if (open) {
                synchronized (target) {
                    target.accept(done);
                }
            }
        }
    }

    /** Every file the run read, for the output set's manifest: project file, map, aliases, mappings, review, exports. */
    private static List<Path> manifestInputs(Project project) {
        List<Path> in = new ArrayList<>();
        if (Files.isRegularFile(project.file())) {
            in.add(project.file());
        }
        in.add(project.map());
        if (project.aliases() != null) {
            in.add(project.aliases());
        }
        in.addAll(project.mappings());
        if (project.review() != null) {
            in.add(project.review());
        }
        in.addAll(project.inputs());
        return in;
    }

    private static String relative(Project project, Path p) {
        Path base = project.file().toAbsolutePath().getParent();
        return base == null ? p.toString() : base.relativize(p.toAbsolutePath()).toString();
    }

    /**
     * Tags every counted record on all cores, in fixed chunks; the result is in record order. Each record's nodes are an
     * unmodifiable set in chain-map order, one instance per distinct combination: a map of twenty nodes gives a few
     * thousand combinations to a million records, and a set of its own per record was ~0.4 GB at 1M records, held
     * until the workbook is written.
     */
    static List<Set<String>> tagAll(Tagger tagger, List<CleanRecord> records, PipelineListener listener) {
        int n = records.size();
        @SuppressWarnings("unchecked")
        Set<String>[] out = new Set[n];
        int chunks = (n + TAG_CHUNK - 1) / TAG_CHUNK;
        AtomicLong done = new AtomicLong();
        Map<List<String>, Set<String>> shared = new ConcurrentHashMap<>();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int end = Math.min(n, (k + 1) * TAG_CHUNK);
            for (int i = k * TAG_CHUNK; i < end; i++) {
                out[i] = sharedNodes(shared, tagger.nodeIdsOf(records.get(i).patent()));
            }
            long d = done.addAndGet(end - k * TAG_CHUNK);
            synchronized (listener) {
                listener.accept(d);
            }
        });
        return Arrays.asList(out);
    }

    /** The one shared set of {@code ids} (node ids in chain-map order, as {@link Tagger#nodeIdsOf} gives them). */
    private static Set<String> sharedNodes(Map<List<String>, Set<String>> shared, List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> known = shared.get(ids);
        if (known != null) {
            return known;
        }
        Set<String> nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        known = shared.putIfAbsent(List.copyOf(ids), nodes);
        return known != null ? known : nodes;
    }

    /**
     * The metric records of the counted records, made on all cores in fixed chunks; in record order. Records with the
     * same (shared) node set share their metric record's immutable copy of it too.
     */
    static List<MetricRecord> metricRecords(List<CleanRecord> counted, List<Set<String>> tags,
                                            dev.navi.model.YearBasis basis) {
        int n = counted.size();
        MetricRecord[] out = new MetricRecord[n];
        int chunks = (n + TAG_CHUNK - 1) / TAG_CHUNK;
        Map<Set<String>, Set<String>> copies = new ConcurrentHashMap<>();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int end = Math.min(n, (k + 1) * TAG_CHUNK);
            for (int i = k * TAG_CHUNK; i < end; i++) {
                out[i] = MetricRecords.of(counted.get(i), copies.computeIfAbsent(tags.get(i), Set::copyOf), basis);
            }
        });
        return Arrays.asList(out);
    }

    private static void writeWorkbook(Project project, ChainMap map, AnalysisSet set,
                                      List<Set<String>> tags, DataSheetMode mode,
                                      CompletableFuture<Map<String, ModuleResult>> computed,
                                      LocalDate cutoff, List<ReviewResult> review, Path file, PipelineListener listener,
                                      LocalDate reportDate) throws IOException {
        CleanService.CleanResult cleaned = set.clean();
        boolean en = "en".equals(project.language());
        int n = set.records().size();
        boolean leaveOut = leavesOutDataSheet(mode, n);
        // left out: the sheet keeps its header, and the README sheet's sources say why and where the records are
        DataSheet data = DataSheet.of(map, en, leaveOut ? List.of() : set.records(), leaveOut ? List.of() : tags, listener);
        List<String> sources = new ArrayList<>(sources(cleaned));
        if (leaveOut) {
            String why = mode == DataSheetMode.NONE
                    ? (en ? "--data-sheet none" : "按 --data-sheet none")
                    : String.format(Locale.ROOT, en ? "%,d records in the analysis set, over the automatic limit of %,d"
                            : "分析集共 %,d 条记录，超过自动上限 %,d 条", n, DATA_SHEET_AUTO_ROWS);
            sources.add(en ? "Data sheet left out (" + why + "): the records, cleaned and tagged, are in cleaned.csv and "
                    + "tagged.csv from navi clean and navi tag; rerun analyze with --data-sheet all to include them"
                    : "数据表未写入（" + why + "）：清洗、标引后的记录见 navi clean 与 navi tag 输出的 cleaned.csv、tagged.csv；"
                    + "如需写入，请以 --data-sheet all 重新运行 analyze");
        }
        AtlasWorkbookModel.Language lang = en ? AtlasWorkbookModel.Language.EN : AtlasWorkbookModel.Language.ZH;
        Columns.Namer namer = namer(map, lang == AtlasWorkbookModel.Language.EN);
        var dataPart = new AtlasWorkbookModel(project.name(), lang, null, null, cutoff, null, null, null, data.columns(),
                data.rows(), null, null, data.types(), namer);
        Supplier<AtlasWorkbookModel> rest = () -> {
            Map<String, ModuleResult> modules = computed.join();
            List<dev.navi.metrics.Definition> defs = new ArrayList<>();
            List<dev.navi.metrics.MetricTable> tables = new ArrayList<>();
            modules.values().forEach(mr -> {
                mr.definitions().stream().filter(d -> defs.stream().noneMatch(x -> x.id().equals(d.id()))).forEach(defs::add);
                tables.addAll(mr.tables());
            });
            String unit = lang == AtlasWorkbookModel.Language.EN ? cleaned.unit().en() : cleaned.unit().zh();
            return new AtlasWorkbookModel(project.name(), lang, unit,
                    sources, cutoff, project.search(), taggingQuality(review, map, lang), defs, data.columns(),
                    data.rows(), tables, nativeCharts(map), data.types(), namer);
        };
        saving(file, reportDate, os -> AtlasWorkbook.write(dataPart, rest, os));
    }

    /** Node, place and country names in the atlas's language, for the workbook's headers and values. */
    static Columns.Namer namer(ChainMap map, boolean en) {
        return new Columns.Namer() {
            @Override
            public boolean en() {
                return en;
            }

            @Override
            public java.util.Optional<String> node(String id) {
                return map.node(id).map(n -> n.name(en ? "en" : "zh"));
            }

            @Override
            public String place(String name) {
                return !en || name == null ? name
                        : dev.navi.clean.region.ChinaDivisions.standard().latinName(name).orElse(name);
            }

            @Override
            public String country(String code) {
                return dev.navi.clean.region.Countries.label(code, en);
            }

            @Override
            public String places(String text) {
                return en ? dev.navi.clean.region.ChinaDivisions.standard().latinPlaces(text) : text;
            }
        };
    }

    private interface Save {
        void to(OutputStream os) throws IOException;
    }

    /**
     * Writes a document; POI's runtime failures while saving (OpenXML4JRuntimeException "Failed to save" on a full
     * disk) become the I/O errors they are, naming the file. The file is then made reproducible ({@link dev.navi.io.Zips}).
     */
    private static void saving(Path file, LocalDate date, Save save) throws IOException {
        Path raw = file.resolveSibling(file.getFileName() + ".raw");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
                save.to(os);
            }
            // the same run gives the same bytes: entry times and creation date from the report date, not the clock
            dev.navi.io.Zips.reproducible(raw, file, date);
            Files.delete(raw);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.apache.poi")) {
                Throwable io = e;
                while (io != null && !(io instanceof IOException)) {
                    io = io.getCause();
                }
                throw new IOException(dev.navi.io.Names.show(file.getFileName()) + ": cannot save ("
                        + (io != null ? dev.navi.io.Names.describe(io) : dev.navi.io.Names.escape(e.getMessage()))
                        + (io == null ? "; is the disk full?" : "") + ")", e);
            }
            throw e;
        }
    }

    /** The Word report's view of the run: the report's language, title and date come from the project and options. */
    public static ReportModel reportModel(Project project, Options options, CleanService.CleanResult cleaned, MetricContext ctx,
                                   Map<String, ModuleResult> modules, LocalDate cutoff, long tagged, List<Figure> figures,
                                   List<ReviewResult> review) {
        return reportModel(project, options, AnalysisSet.of(cleaned, ctx.basis(), ctx.fromYear(), ctx.toYear(),
                cutoff, project.file().toString()), ctx, modules, cutoff, tagged, figures, review);
    }

    /** The Word report's view of the run over its analysis set. */
    public static ReportModel reportModel(Project project, Options options, AnalysisSet set, MetricContext ctx,
                                   Map<String, ModuleResult> modules, LocalDate cutoff, long tagged, List<Figure> figures,
                                   List<ReviewResult> review) {
        CleanService.CleanResult cleaned = set.clean();
        boolean english = "en".equals(project.language());
        List<ReportModel.Source> sources = new ArrayList<>();
        for (IngestService.FileOutcome f : cleaned.files()) {
            if (f.report() != null) {
                sources.add(new ReportModel.Source(Path.of(f.path()).getFileName().toString(), f.report().layoutName(),
                        f.report().read(), f.report().kept(), f.report().rejected()));
            }
        }
        Map<String, Long> perNode = new LinkedHashMap<>();
        for (MetricRecord m : ctx.records()) {
            for (String n : m.nodes()) {
                perNode.merge(n, 1L, Long::sum);
            }
        }
        long counted = ctx.records().size();
        return ReportModel.builder()
                .title(project.name())
                .language(english ? ReportModel.Language.EN : ReportModel.Language.ZH)
                .region(ctx.region())
                .peers(ctx.peers())
                .period(ctx.fromYear(), ctx.toYear())
                .periodDefault(set.periodDefault())
                .lastCompleteYear(ctx.lastCompleteYear())
                .cutoff(cutoff)
                .reportDate(options.reportDate())
                .toolVersion(options.toolVersion())
                .unit(new ReportModel.Unit(cleaned.unit().key(), english ? cleaned.unit().en() : cleaned.unit().zh(),
                        cleaned.unitReason()))
                .accounting(new ReportModel.Accounting(cleaned.ingestRead(), cleaned.ingestRejects().size(),
                        cleaned.duplicatesMerged(), cleaned.excludedByRule(), counted, set.outsidePeriod()))
                .yearBasis(set.basis())
                .sources(sources)
                .tagging(new ReportModel.Tagging(tagged, counted, review.stream().map(q -> new ReportModel.NodeQuality(
                        q.node(), q.reviewedTagged() + q.reviewedUntagged(), q.precision(), q.precisionLow(),
                        q.precisionHigh(), q.recall(), q.recallLow(), q.recallHigh())).toList()))
                .searchStrings(project.search())
                .map(ctx.map())
                .nodeRecords(perNode)
                .modules(modules)
                .figures(figures)
                .build();
    }

    /** The review's precision and recall per node for the workbook's README sheet, nodes named, intervals as text. */
    static List<AtlasWorkbookModel.TaggingQuality> taggingQuality(List<ReviewResult> review, ChainMap map,
                                                                  AtlasWorkbookModel.Language lang) {
        List<AtlasWorkbookModel.TaggingQuality> out = new ArrayList<>();
        for (ReviewResult q : review) {
            String name = map.node(q.node()).map(n -> n.name(lang == AtlasWorkbookModel.Language.EN ? "en" : "zh"))
                    .orElse(q.node()) + " (" + q.node() + ")";
            String intervals = String.format(Locale.ROOT, "P 95%% CI %s–%s (n=%d); R 95%% CI %s–%s (n=%d)",
                    pct(q.precisionLow()), pct(q.precisionHigh()), q.reviewedTagged(), pct(q.recallLow()),
                    pct(q.recallHigh()), q.reviewedUntagged());
            out.add(new AtlasWorkbookModel.TaggingQuality(name, finite(q.precision()), finite(q.recall()), intervals));
        }
        return out;
    }

    private static Double finite(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * d);
    }

    /** Native Excel charts: the filing trend (total and top-level segments) and CR4 by node. */
    private static List<AtlasWorkbookModel.NativeChart> nativeCharts(ChainMap map) {
        List<String> trend = new ArrayList<>();
        trend.add("total");
        map.roots().forEach(r -> trend.add(r.id()));
        return List.of(
                new AtlasWorkbookModel.NativeChart("trend_by_year", AtlasWorkbookModel.NativeChart.Kind.LINE, "year", trend,
                        "申请趋势（按申请年）", "Filings by application year"),
                new AtlasWorkbookModel.NativeChart("concentration", AtlasWorkbookModel.NativeChart.Kind.BAR, "node",
                        List.of("cr4"), "前4名申请人集中度 CR4", "Top-4 applicant concentration (CR4)"));
    }

    /** One line per input file: name, layout, rows read, kept, rejected. */
    static List<String> sources(CleanService.CleanResult cleaned) {
        List<String> out = new ArrayList<>();
        for (IngestService.FileOutcome f : cleaned.files()) {
            String name = Path.of(f.path()).getFileName().toString();
            if (f.report() == null) {
                out.add(name);
            } else {
                out.add(String.format(Locale.ROOT, "%s — %s; %,d rows read, %,d kept, %,d rejected", name,
                        f.report().layoutName(), f.report().read(), f.report().kept(), f.report().rejected()));
            }
        }
        return out;
    }
}
