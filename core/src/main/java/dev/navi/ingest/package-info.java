/**
 * Stage 1 of the pipeline: read every input file, detect its layout by its header signature, map rows to the
 * canonical {@link dev.navi.model.Patent}, and account for every row (kept or rejected with a reason).
 * {@link dev.navi.ingest.IngestService} is the entry point; the command line and tests call the same methods.
 */
package dev.navi.ingest;
