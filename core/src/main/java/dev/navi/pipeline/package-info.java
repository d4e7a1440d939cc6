/**
 * Runs the stages in order for a project — ingest and clean (in memory), tag, metrics — handing each stage the
 * previous stage's output value. {@code navi metrics} (and, later, {@code navi analyze}) call it.
 */
package dev.navi.pipeline;
