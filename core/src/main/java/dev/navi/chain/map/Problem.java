package dev.navi.chain.map;

/**
 * One problem found in a chain map.
 *
 * @param location where it is, e.g. {@code map.yaml: line 14, column 7: nodes[1].children[0].query} or
 *                 {@code 技术分解表.xlsx: sheet 技术分解, row 7, column IPC}; never null
 * @param message  what is wrong and what to do; never null
 */
public record Problem(String location, String message) {
    public Problem {
        if (location == null || message == null) {
            throw new IllegalArgumentException("a problem needs a location and a message");
        }
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
