package dev.navi.industry;

import java.util.List;
import java.util.Map;

/**
 * The industry inputs of a run, after checking: the usable rows of each table and every problem found. Immutable.
 *
 * @param configured whether the project file has an {@code industry:} section at all
 * @param files      the files named, by input ({@code firms}, {@code market}, {@code region_output}), as written in the
 *                   project file; an input not named is absent
 * @param used       the inputs whose file could be read (possibly with skipped rows)
 * @param firms      usable firm rows, in file order (duplicates removed)
 * @param market     usable market rows, in file order
 * @param output     usable regional output rows, in file order
 * @param problems   every problem, in the order found (file by file, row by row)
 */
public record IndustryData(boolean configured, Map<String, String> files, List<String> used, List<Firm> firms,
                           List<MarketEntry> market, List<OutputEntry> output, List<IndustryProblem> problems) {
    /** The three inputs, in the order the project file and the atlas list them. */
    public static final List<String> INPUTS = List.of("firms", "market", "region_output");

    public IndustryData {
        files = Map.copyOf(files);
        used = List.copyOf(used);
        firms = List.copyOf(firms);
        market = List.copyOf(market);
        output = List.copyOf(output);
        problems = List.copyOf(problems);
    }

    /** No industry inputs. */
    public static IndustryData none() {
        return new IndustryData(false, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Whether the input ({@code firms}, {@code market}, {@code region_output}) was read. */
    public boolean has(String input) {
        return used.contains(input);
    }
}
