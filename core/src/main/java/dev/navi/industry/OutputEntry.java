package dev.navi.industry;

import dev.navi.project.Region;

/**
 * One row of the {@code region_output} table: a region's output in a chain node in a year.
 *
 * @param region the region (resolved as the project file's regions are)
 * @param node   chain-map node id
 * @param year   year
 * @param output output value, 亿元
 * @param row    the row of the file it came from
 */
public record OutputEntry(Region region, String node, int year, double output, long row) {
}
