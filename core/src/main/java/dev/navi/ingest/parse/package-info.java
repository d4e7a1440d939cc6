/**
 * Value parsers for what export cells contain: dates in every form vendors write them, multi-value cells,
 * numbers. Pure functions, no I/O.
 */
package dev.navi.ingest.parse;
