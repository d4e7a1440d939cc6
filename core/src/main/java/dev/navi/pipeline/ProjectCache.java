package dev.navi.pipeline;

import dev.navi.clean.CleanCache;
import dev.navi.clean.CleanService;
import dev.navi.project.Project;

import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The clean step of a project run through its {@link CleanCache}: the cleaned records are read back when the inputs and
 * the clean options are unchanged, else the inputs are read and cleaned and the result is stored for the next run. Sits
 * between clean and the {@link AnalysisSet}, which is built from the records each run, so a change of the map, queries,
 * region, peers, period, year basis, language or outputs re-tags and re-computes from the cache.
 *
 * <p>The cache never changes a result: the records and the accounting read back are the ones the clean stage gave
 * (a test compares every output file of a run with and without it). It never stops a run either: a project without a
 * project file has no cache, and a cache folder that cannot be written is reported as a warning.
 */
public final class ProjectCache {
    private ProjectCache() {
    }

    /**
     * The clean step for {@link AnalysisSet#build}: through the cache when {@code useCache} and the project has a project
     * file, else straight from the inputs. Announces its stage to the listener: {@link PipelineListener.Stage#CACHE} for a
     * cache hit, else {@link PipelineListener.Stage#READ}. A result read from the inputs is stored on a thread of its own
     * while the run goes on; {@link Caching#awaitStored()} waits for it (announcing {@link PipelineListener.Stage#CACHE_STORE}).
     */
    public static Caching cleaner(Project project, boolean useCache, String toolVersion, PipelineListener listener) {
        return new Caching(project, useCache, toolVersion, listener);
    }

    /**
     * The clean step through the cache, with the store of a freshly cleaned result in the background: writing the entry
     * (5-11 s of one core at 1M records) overlaps tagging and the metrics instead of holding them up. The records and the
     * accounting are immutable once cleaned, so the writer reads what the run reads.
     */
    public static final class Caching implements AnalysisSet.Cleaner {
        private final Project project;
        private final boolean useCache;
        private final String toolVersion;
        private final PipelineListener listener;
        private Thread storing;
        private volatile Exception failure;
        private CleanCache cache;

        private Caching(Project project, boolean useCache, String toolVersion, PipelineListener listener) {
            this.project = project;
            this.useCache = useCache;
            this.toolVersion = toolVersion;
            this.listener = listener;
        }

        @Override
        public CleanService.CleanResult clean(CleanService clean, CleanService.CleanRequest req) {
            if (!useCache || !Files.isRegularFile(project.file())) {
                listener.stage(PipelineListener.Stage.READ, RowEstimate.rows(project.inputs()));
                return clean.run(req);
            }
            CleanCache cache = CleanCache.forProject(project.file());
            listener.stage(PipelineListener.Stage.CACHE, -1);
            CleanCache.Plan plan;
            try {
                plan = CleanCache.plan(req.files(), project.mappings(), project.aliases(), req.unit(), req.rules(),
                        req.skipBadFiles(), toolVersion);
            } catch (IOException e) {
                // an input that cannot be read: the clean stage reports it with its own located message
                listener.stage(PipelineListener.Stage.READ, RowEstimate.rows(project.inputs()));
                return clean.run(req);
            }
            // the inputs are hashed on a thread of their own: meanwhile this one reads the entry (warm) or the inputs
            // (cold), so the hashing (about a second per gigabyte) costs no time of its own on a machine with 2 cores
            FutureTask<CleanCache.Key> key = new FutureTask<>(plan::key);
            dev.navi.concurrent.Daemons.start("navi-cache-key", key);
            Optional<CleanService.CleanResult> hit = cache.load(plan, key::get);
            if (hit.isPresent()) {
                return hit.get();
            }
            listener.stage(PipelineListener.Stage.READ, RowEstimate.rows(project.inputs()));
            CleanService.CleanResult r = clean.run(req);
            if (CleanCache.cacheable(r)) {
                this.cache = cache;
                // a daemon: a run that fails leaves at most a temporary file, which the next store deletes
                storing = dev.navi.concurrent.Daemons.start("navi-cache-store", () -> {
                    try {
                        cache.store(key(key), plan.quick(), r);
                    } catch (IOException | RuntimeException e) {
                        failure = e;
                    }
                });
            }
            return r;
        }

        /**
         * Waits until the entry of this run's cleaned records is written, if one is being written; a failure is a
         * warning (the next run reads the inputs again), never the end of the run.
         */
        public void awaitStored() {
            Thread t = storing;
            if (t == null) {
                return;
            }
            listener.stage(PipelineListener.Stage.CACHE_STORE, -1);
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            }
            storing = null;
            if (failure != null) {
                listener.warn(dev.navi.io.Names.show(cache.folder()) + ": the clean cache was not written ("
                        + dev.navi.io.Names.describe(failure) + "); the next run reads the inputs again");
            }
        }
    }

    /** The hashing task's key; its failure as the IOException it was. */
    private static CleanCache.Key key(FutureTask<CleanCache.Key> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the inputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The key a run of {@code project} would use (hashing every input), for {@code navi cache status}.
     *
     * @throws IOException when an input cannot be read
     */
    public static CleanCache.Key key(Project project, String toolVersion, boolean skipBadFiles) throws IOException {
        CountingUnit unit = project.unit() == null ? null : CountingUnit.valueOf(project.unit().toUpperCase(Locale.ROOT));
        ExclusionRules rules = Files.isRegularFile(project.file()) ? ExclusionRules.load(project.file()) : ExclusionRules.none();
        return CleanCache.key(project.inputs(), project.mappings(), project.aliases(), unit, rules, skipBadFiles, toolVersion);
    }

    /** The project's cache entries; the one a run with the project's current inputs and options would use is marked. */
    public static List<CleanCache.Entry> status(Project project, String toolVersion) throws IOException {
        CleanCache.Key key;
        try {
            key = key(project, toolVersion, false);
        } catch (IOException e) {
            key = null; // an input is missing: no entry is current
        }
        return CleanCache.forProject(project.file()).status(key);
    }
}
