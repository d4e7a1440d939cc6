/**
 * The project file ({@code navi.yaml}): what a navigation project analyses — inputs, mappings, chain map, alias table,
 * exclusion rules, counting unit, region of interest and peers, period, data cut-off, language and outputs — read
 * once and handed to the stages as values.
 */
package dev.navi.project;
