/**
 * The recall/precision check (查全率 / 查准率) GB/T 39551 asks for: a seeded, stratified review sample written as a
 * workbook for the analyst, and the precision and recall per node computed from their verdicts, with confidence
 * intervals. POI stays inside {@link dev.navi.chain.review.ReviewWorkbook}.
 */
package dev.navi.chain.review;
