/**
 * navi's canonical dataset format ({@code records.csv}): how records are written for later stages and for
 * analysts, and read back. commons-csv and Jackson types stay in this package.
 */
package dev.navi.ingest.dataset;
