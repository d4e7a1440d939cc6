/**
 * Turns an input file into rows of cell text, whatever it is stored as: delimited text in any encoding and
 * line-ending convention (with lenient quote handling and recovery from broken quoting), legacy BIFF8
 * {@code .xls} and OOXML {@code .xlsx} workbooks (streamed, with zip-bomb limits). POI types stay in this
 * package. Nothing here knows about patents.
 */
package dev.navi.ingest.table;
