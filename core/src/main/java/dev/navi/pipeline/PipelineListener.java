package dev.navi.pipeline;

import java.util.function.LongConsumer;

/**
 * Hears the pipeline's progress: a stage starts ({@link #stage}), then its work advances ({@link #accept}) in the
 * stage's own unit (rows read, records tagged, figures drawn, rows written). The command line draws it on a terminal;
 * the default does nothing.
 */
public interface PipelineListener extends LongConsumer {
    /** The pipeline's stages, in order. */
    enum Stage {
        /** Reading the exports (progress in rows) and cleaning them (de-duplication, applicants: no progress). */
        READ("reading + cleaning", "rows"), TAG("tagging", "records"), METRICS("metrics", null),
        CHARTS("charts", "figures"), WORKBOOK("workbook", "rows"), REPORT("report", null), COMMIT("writing", null),
        /** Hashing the inputs and reading the cleaned records from the project's clean cache ({@link ProjectCache}). */
        CACHE("clean cache", null),
        /** Storing the cleaned records in the project's clean cache for the next run. */
        CACHE_STORE("storing the cache", null);

        private final String label;
        private final String unit;

        Stage(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** What a person reads: "reading", "tagging" ... */
        public String label() {
            return label;
        }

        /** Unit of {@link #accept} counts, or null when the stage reports no counts. */
        public String unit() {
            return unit;
        }
    }

    /** Nothing is heard. */
    PipelineListener NONE = new PipelineListener() {
    };

    /**
     * A stage begins.
     *
     * @param total how much work the stage has in its unit, or a negative number when unknown; for {@link Stage#READ}
     *              an estimate (rows guessed from the files' sizes)
     */
    default void stage(Stage stage, long total) {
    }

    /**
     * Something the user should hear of that is not an error: leftovers of a killed run repaired, a file of theirs kept
     * under another name, an output folder inside an input glob.
     */
    default void note(String message) {
    }

    /** Work done so far in the current stage. */
    @Override
    default void accept(long done) {
    }

    /**
     * A problem the run goes on after (e.g. an unusable industry file), as one located line; the default ignores it.
     */
    default void warn(String message) {
    }

    /** Adapts a plain row counter (the older progress callback) to a listener that only hears rows read. */
    static PipelineListener of(LongConsumer rows) {
        if (rows == null) {
            return NONE;
        }
        if (rows instanceof PipelineListener l) {
            return l;
        }
        return new PipelineListener() {
            private Stage current;

            @Override
            public void stage(Stage stage, long total) {
                current = stage;
            }

            @Override
            public void accept(long done) {
                if (current == Stage.READ) {
                    rows.accept(done);
                }
            }
        };
    }
}
