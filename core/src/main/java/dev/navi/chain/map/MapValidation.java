package dev.navi.chain.map;

import dev.navi.ingest.InputException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of reading a chain map: the map when it is sound, and every problem found (all of them, not only the
 * first). A map is returned only when there are no problems, so a broken map never tags silently to nothing.
 *
 * @param source   the file as the user named it
 * @param map      the map, or {@code null} when there are problems
 * @param problems every problem, in file order; empty when the map is sound
 */
public record MapValidation(String source, ChainMap map, List<Problem> problems) {
    public MapValidation {
        problems = List.copyOf(problems);
        if (map != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a map with problems is not returned");
        }
        if (map == null && problems.isEmpty()) {
            throw new IllegalArgumentException("no map and no problem");
        }
    }

    /** True when the map is sound. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The map, when it is sound. */
    public Optional<ChainMap> chainMap() {
        return Optional.ofNullable(map);
    }

    /** The problems as a report: a count line, then one problem a line. Empty text when there are none. */
    public String report() {
        if (problems.isEmpty()) {
            return "";
        }
        return (problems.size() == 1 ? "1 problem in the chain map" : problems.size() + " problems in the chain map")
                + "\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /**
     * The map, or an {@link InputException} whose message is {@link #report()} (first line the count, then one
     * problem a line).
     */
    public ChainMap orThrow() {
        if (map != null) {
            return map;
        }
        throw new InputException(source, report());
    }
}
