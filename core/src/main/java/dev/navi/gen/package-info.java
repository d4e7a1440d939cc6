/**
 * Synthetic patent exports for examples, tests and benchmarks: {@link dev.navi.gen.ExportGenerator} makes a
 * deterministic, realistic record sequence for the power-battery chain from a seed, and
 * {@link dev.navi.gen.ExportWriter} writes records as the file a vendor would export (incoPat, Patsnap, Lens.org,
 * Google Patents), with the vendor's header names, multi-value separators, number spellings, encodings and a few
 * harmless quirks, so that {@code navi ingest} reads them as it reads real exports.
 *
 * <p>Not part of the analysis pipeline: nothing in {@code ingest}, {@code clean} or later stages depends on this
 * package. The data are synthetic: the named companies, universities and institutes are real, but every number,
 * title, inventor and event is made up.
 */
package dev.navi.gen;
