package dev.navi.clean.region;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.ingest.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An approved map of China's provinces (标准地图) that the analyst supplies as GeoJSON, for the province map of the
 * positioning chapter ({@code positioning.map} in the project file). navi ships no boundary data: a map of China that
 * shows boundaries must be an approved one and carry its approval number (审图号), which the analyst holds.
 *
 * <p>Read: a {@code FeatureCollection} (or a single {@code Feature}) in longitude/latitude (WGS 84 / CGCS2000
 * degrees, as GeoJSON is). A {@code Polygon} or {@code MultiPolygon} feature is matched to a provincial-level division
 * by its {@code name_property} — full or short Chinese name, or English ({@code 四川省}, {@code 四川}, {@code Sichuan});
 * several features of one division are merged. Every other part of the approved map is kept and drawn as it is, so
 * nothing the approval covers is dropped: unmatched polygons (南海诸岛, an inset frame) in the neutral colour,
 * {@code LineString} / {@code MultiLineString} features (the dashed national line, an inset's frame) as lines. Point
 * features are skipped. Unmatched features and divisions without a feature are listed in {@link #notes()}.
 *
 * <p>Untrusted input, so sizes are guarded: at most {@value #MAX_BYTES} bytes, {@value #MAX_FEATURES} features and
 * {@value #MAX_POINTS} coordinate pairs; coordinates must be finite degrees in range. Every problem is an
 * {@link InputException} naming the file and the place in it (line and column for a syntax error, the feature's
 * number and name otherwise) and what to do. Immutable.
 */
public final class BoundaryMap {
    /** Largest file read, in bytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final int MAX_FEATURES = 5_000;
    public static final int MAX_POINTS = 5_000_000;

    private final String file;
    private final String approval;
    private final Map<String, List<List<double[]>>> provinces;
    private final List<List<double[]>> otherPolygons;
    private final List<List<double[]>> lines;
    private final List<String> notes;
    private final double meanLatitude;

    private BoundaryMap(String file, String approval, Map<String, List<List<double[]>>> provinces,
                        List<List<double[]>> otherPolygons, List<List<double[]>> lines, List<String> notes,
                        double meanLatitude) {
        this.file = file;
        this.approval = approval;
        this.provinces = Collections.unmodifiableMap(provinces);
        this.otherPolygons = List.copyOf(otherPolygons);
        this.lines = List.copyOf(lines);
        this.notes = List.copyOf(notes);
        this.meanLatitude = meanLatitude;
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The map's approval number (审图号) as the analyst wrote it, e.g. {@code GS(2024)0650号}. */
    public String approval() {
        return approval;
    }

    /**
     * The rings (outer boundaries and holes, each a list of {lon, lat}) of every matched division, keyed by its
     * 6-digit division code, in code order. The arrays must not be changed.
     */
    public Map<String, List<List<double[]>>> provinces() {
        return provinces;
    }

    /** Rings of the polygons that match no division (drawn in the neutral colour). */
    public List<List<double[]>> otherPolygons() {
        return otherPolygons;
    }

    /** The line features' polylines. */
    public List<List<double[]>> lines() {
        return lines;
    }

    /** What did not match: features without a division, divisions without a feature; empty when all matched. */
    public List<String> notes() {
        return notes;
    }

    /** The mean latitude of the matched divisions' points (the projection's standard parallel). */
    public double meanLatitude() {
        return meanLatitude;
    }

    /**
     * Reads {@code file}.
     *
     * @param nameProperty the feature property holding the division's name ({@code name} when null or blank)
     * @param approval     the approval number, printed in the caption
     * @throws InputException when the file cannot be read, is too large, is not GeoJSON, or has a bad geometry
     */
    public static BoundaryMap read(Path file, String nameProperty, String approval) {
        String name = file.toString();
        String property = nameProperty == null || nameProperty.isBlank() ? "name" : nameProperty.strip();
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(name, "the boundary file is " + size / (1024 * 1024) + " MB, more than navi reads ("
                        + MAX_BYTES / (1024 * 1024) + " MB); simplify it (e.g. mapshaper -simplify 10%) and try again");
            }
            JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1_000_000).build()).build();
            try (InputStream in = Files.newInputStream(file)) {
                root = new ObjectMapper(f).readTree(in);
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null || l.getLineNr() < 0 ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
            throw new InputException(name, where + "not valid GeoJSON: " + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + "; export the boundary map as GeoJSON (RFC 7946)");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(name, "the boundary file does not exist");
        } catch (IOException e) {
            throw new InputException(name, "cannot read the boundary file: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(name, "not GeoJSON: expected an object with \"type\": \"FeatureCollection\"");
        }
        List<JsonNode> features = new ArrayList<>();
        String type = root.path("type").asText("");
        if ("FeatureCollection".equals(type)) {
            JsonNode fs = root.get("features");
            if (fs == null || !fs.isArray()) {
                throw new InputException(name, "the FeatureCollection has no \"features\" array");
            }
            fs.forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else {
            throw new InputException(name, "\"type\" is '" + type + "', expected FeatureCollection (a GeoJSON file of "
                    + "the provinces as features)");
        }
        if (features.size() > MAX_FEATURES) {
            throw new InputException(name, features.size() + " features, more than navi reads (" + MAX_FEATURES
                    + "); one feature per province is enough");
        }
        ChinaDivisions divisions = ChinaDivisions.standard();
        Map<String, String> codeOfName = new LinkedHashMap<>();
        for (Division d : divisions.divisions()) {
            if (d.level() == Division.Level.PROVINCE) {
                codeOfName.put(d.name(), d.code());
            }
        }
        Map<String, List<List<double[]>>> provinces = new TreeMap<>();
        List<List<double[]>> others = new ArrayList<>();
        List<List<double[]>> lines = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int[] points = {0};
        double latSum = 0;
        long latN = 0;
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            JsonNode props = feature.path("properties");
            String label = props.path(property).isValueNode() ? props.path(property).asText("").strip() : "";
            String where = "feature " + (i + 1) + (label.isEmpty() ? "" : " ('" + label + "')");
            JsonNode g = feature.get("geometry");
            if (g == null || g.isNull()) {
                continue; // GeoJSON allows a feature without geometry; nothing to draw
            }
            String gt = g.path("type").asText("");
            JsonNode coords = g.get("coordinates");
            if (!gt.equals("Point") && !gt.equals("MultiPoint") && (coords == null || !coords.isArray())) {
                throw new InputException(name, where + ": geometry '" + gt + "' has no coordinates array");
            }
            List<List<double[]>> rings = new ArrayList<>();
            switch (gt) {
                case "Polygon" -> rings(name, where, coords, "coordinates", rings, points, true);
                case "MultiPolygon" -> {
                    for (int p = 0; p < coords.size(); p++) {
                        rings(name, where, coords.get(p), "coordinates[" + p + "]", rings, points, true);
                    }
                }
                case "LineString" -> lines.add(ring(name, where, coords, "coordinates", points, false));
                case "MultiLineString" -> rings(name, where, coords, "coordinates", lines, points, false);
                case "Point", "MultiPoint" -> {
                    continue;
                }
                default -> throw new InputException(name, where + ": geometry type '" + gt + "' is not Polygon, "
                        + "MultiPolygon, LineString or MultiLineString");
            }
            if (rings.isEmpty()) {
                continue;
            }
            String code = label.isEmpty() ? null : divisions.province(label).map(codeOfName::get).orElse(null);
            if (code == null) {
                others.addAll(rings);
                unmatched.add(label.isEmpty() ? "feature " + (i + 1) + " (no '" + property + "')" : label);
            } else {
                provinces.computeIfAbsent(code, k -> new ArrayList<>()).addAll(rings);
                for (List<double[]> r : rings) {
                    for (double[] pt : r) {
                        latSum += pt[1];
                        latN++;
                    }
                }
            }
        }
        if (provinces.isEmpty()) {
            throw new InputException(name, "no feature's '" + property + "' names a province of China"
                    + (unmatched.isEmpty() ? "" : " (read: " + String.join(", ", unmatched.subList(0, Math.min(5,
                    unmatched.size()))) + (unmatched.size() > 5 ? " …" : "") + ")")
                    + "; set positioning.map.name_property to the property that holds the province names");
        }
        List<String> notes = new ArrayList<>();
        if (!unmatched.isEmpty()) {
            notes.add(name + ": " + unmatched.size() + " polygon feature(s) match no province and are drawn in grey: "
                    + String.join(", ", unmatched));
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : codeOfName.entrySet()) {
            if (!provinces.containsKey(e.getValue())) {
                missing.add(e.getKey());
            }
        }
        if (!missing.isEmpty()) {
            notes.add(name + ": no feature for " + String.join(", ", missing) + " (check the '" + property
                    + "' property; an approved map of China has all 34 provincial-level divisions)");
        }
        return new BoundaryMap(name, approval == null ? "" : approval.strip(), provinces, others, lines, notes,
                latN == 0 ? 35 : latSum / latN);
    }

    /** The rings of one polygon (or the lines of a MultiLineString): an array of point arrays. */
    private static void rings(String file, String where, JsonNode polygon, String path, List<List<double[]>> out,
                              int[] points, boolean closed) {
        if (polygon == null || !polygon.isArray()) {
            throw new InputException(file, where + ": " + path + " must be an array of " + (closed ? "rings" : "lines"));
        }
        for (int r = 0; r < polygon.size(); r++) {
            out.add(ring(file, where, polygon.get(r), path + "[" + r + "]", points, closed));
        }
    }

    private static List<double[]> ring(String file, String where, JsonNode ring, String path, int[] points, boolean closed) {
        if (ring == null || !ring.isArray() || ring.size() < (closed ? 4 : 2)) {
            throw new InputException(file, where + ": " + path + " must be an array of at least " + (closed ? 4 : 2)
                    + " [longitude, latitude] positions" + (closed ? " (a closed ring)" : ""));
        }
        List<double[]> out = new ArrayList<>(ring.size());
        for (int k = 0; k < ring.size(); k++) {
            JsonNode p = ring.get(k);
            if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new InputException(file, where + ": " + path + "[" + k + "] must be a [longitude, latitude] pair "
                        + "of numbers");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new InputException(file, where + ": " + path + "[" + k + "] = [" + p.get(0) + ", " + p.get(1)
                        + "] is not longitude/latitude in degrees; export the map in WGS 84 / CGCS2000 degrees "
                        + "(not a projected CRS)");
            }
            if (++points[0] > MAX_POINTS) {
                throw new InputException(file, "more than " + MAX_POINTS + " coordinate pairs; simplify the boundaries "
                        + "(e.g. mapshaper -simplify 10%) and try again");
            }
            out.add(new double[] {lon, lat});
        }
        return out;
    }
}
