package dev.navi.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tile layout of the schematic province map: one same-size square per provincial-level division of China, placed
 * by approximate geographic position, read once from {@code china-province-tiles.tsv} beside this class (hand-made;
 * its header says how). The layout draws no boundary and needs no boundary data. Immutable.
 */
final class ProvinceTiles {
    /** Class-path resource, relative to this class. */
    static final String RESOURCE = "china-province-tiles.tsv";
    /** The code of the South China Sea Islands tile: drawn and labelled, never coloured (part of 海南省). */
    static final String SCS = "SCS";
    private static final String HEADER = "code\tzh\ten\trow\tcol";

    /**
     * One tile.
     *
     * @param code the 6-digit division code, or {@link #SCS}
     * @param zh   the Chinese label (short name)
     * @param en   the English label
     * @param row  0 at the top
     * @param col  0 at the left
     */
    record Tile(String code, String zh, String en, int row, int col) {
        String label(boolean english) {
            return english ? en : zh;
        }

        boolean scs() {
            return SCS.equals(code);
        }
    }

    private static final class Holder {
        static final List<Tile> TILES = load();
    }

    private ProvinceTiles() {
    }

    /** The tiles, in file order. */
    static List<Tile> tiles() {
        return Holder.TILES;
    }

    /** Rows and columns of the grid. */
    static int rows() {
        return tiles().stream().mapToInt(Tile::row).max().orElse(0) + 1;
    }

    static int cols() {
        return tiles().stream().mapToInt(Tile::col).max().orElse(0) + 1;
    }

    private static List<Tile> load() {
        try (InputStream in = ProvinceTiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("tile layout missing from the class path: dev/navi/chart/" + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the layout; a malformed line, a repeated code or two tiles on one cell are errors (a broken build). */
    static List<Tile> parse(BufferedReader r) throws IOException {
        List<Tile> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> cells = new HashSet<>();
        boolean header = false;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + ": line " + n + ": the header must be " + HEADER);
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(RESOURCE + ": line " + n + ": 5 tab-separated fields expected, got " + f.length);
            }
            Tile t = new Tile(f[0].strip(), f[1].strip(), f[2].strip(), Integer.parseInt(f[3].strip()),
                    Integer.parseInt(f[4].strip()));
            if (t.row() < 0 || t.col() < 0) {
                throw new IllegalStateException(RESOURCE + ": line " + n + ": negative row or column");
            }
            if (!codes.add(t.code())) {
                throw new IllegalStateException(RESOURCE + ": line " + n + ": code " + t.code() + " repeated");
            }
            if (!cells.add(t.row() + "," + t.col())) {
                throw new IllegalStateException(RESOURCE + ": line " + n + ": cell " + t.row() + "," + t.col() + " taken twice");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
