/**
 * The canonical patent record and its value types. Everything here is immutable and uses JDK types only, so
 * every stage of the pipeline (ingest, clean, chain, metrics, report) can share it without pulling in a
 * third-party library.
 *
 * <p>Null rules: text, date, number and enum components of {@link dev.navi.model.Patent} are {@code null}
 * when the export did not carry the value ("not present" is different from "zero"); list and map components
 * are never null, only empty.
 */
package dev.navi.model;
