package dev.navi.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.ChinaPlace;
import dev.navi.clean.region.Countries;
import dev.navi.ingest.InputException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code navi.yaml}. Every problem is collected and reported at once, each naming the key
 * ({@code navi.yaml: region.name: ...}); unknown keys are errors, so a typo never silently drops a setting.
 */
public final class ProjectLoader {
    static final Set<String> KEYS = Set.of("name", "language", "inputs", "mappings", "map", "aliases", "exclude", "unit",
            "region", "peers", "period", "cutoff", "outputs", "search", "review", "industry");
    static final Set<String> OUTPUTS = Set.of("docx", "xlsx", "charts", "svg", "json");

    private ProjectLoader() {
    }

    /**
     * Loads and checks a project file.
     *
     * @throws InputException listing every problem (one per line) when the file is not a valid project
     */
    public static Project load(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(name, (loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ")
                    + "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " (quote values that contain ': ' or start with a quote)");
        } catch (IOException e) {
            throw new InputException(name, "cannot read the project file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(name, "a project file is a YAML map (see 'navi init' or samples/nev-battery/navi.yaml)");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                problems.add(k + ": unknown key; valid keys are " + new TreeSet<>(KEYS));
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        String title = text(root, "name", file.getFileName().toString());
        String language = text(root, "language", "zh").toLowerCase(Locale.ROOT);
        if (!language.equals("zh") && !language.equals("en")) {
            problems.add("language: '" + language + "' is neither zh nor en");
        }
        List<Path> inputs = new ArrayList<>();
        for (String pattern : strings(root, "inputs", problems)) {
            List<Path> found = expand(dir, pattern);
            if (found.isEmpty()) {
                problems.add("inputs: '" + pattern + "' matches no file (relative to " + dir + ")");
            }
            inputs.addAll(found);
        }
        if (inputs.isEmpty() && !root.has("inputs")) {
            problems.add("inputs: missing; list the export files or globs, e.g. inputs: [exports/*.xlsx]");
        }
        List<Path> mappings = new ArrayList<>();
        for (String m : strings(root, "mappings", problems)) {
            mappings.add(existing(dir, m, "mappings", problems));
        }
        Path map = root.has("map") ? existing(dir, text(root, "map", ""), "map", problems) : null;
        Path aliases = root.has("aliases") ? existing(dir, text(root, "aliases", ""), "aliases", problems) : null;
        String unit = root.has("unit") ? text(root, "unit", "").toLowerCase(Locale.ROOT) : null;
        if (unit != null && !Set.of("family", "application", "publication").contains(unit)) {
            problems.add("unit: '" + unit + "' is not family, application or publication");
        }
        Region region = root.has("region") ? region(root.get("region"), "region", problems) : null;
        List<Region> peers = new ArrayList<>();
        JsonNode pn = root.get("peers");
        if (pn != null) {
            if (!pn.isArray()) {
                problems.add("peers: must be a list of regions, e.g. peers: [广东省, 江苏省]");
            } else {
                for (int i = 0; i < pn.size(); i++) {
                    Region r = region(pn.get(i), "peers[" + i + "]", problems);
                    if (r != null) {
                        peers.add(r);
                    }
                }
            }
        }
        Integer from = null;
        Integer to = null;
        JsonNode period = root.get("period");
        if (period != null) {
            if (!period.isObject()) {
                problems.add("period: must look like {from: 2005, to: 2024}");
            } else {
                from = year(period, "from", problems);
                to = year(period, "to", problems);
                if (from != null && to != null && from > to) {
                    problems.add("period: from " + from + " is after to " + to);
                }
            }
        }
        LocalDate cutoff = null;
        if (root.has("cutoff")) {
            try {
                cutoff = LocalDate.parse(text(root, "cutoff", ""));
            } catch (DateTimeParseException e) {
                problems.add("cutoff: '" + text(root, "cutoff", "") + "' is not a date like 2025-06-30");
            }
        }
        Set<String> outputs = new TreeSet<>(OUTPUTS);
        outputs.remove("svg");
        if (root.has("outputs")) {
            outputs.clear();
            for (String o : strings(root, "outputs", problems)) {
                String k = o.toLowerCase(Locale.ROOT);
                if (!OUTPUTS.contains(k)) {
                    problems.add("outputs: '" + o + "' is not one of " + new TreeSet<>(OUTPUTS));
                }
                outputs.add(k);
            }
        }
        List<String> search = strings(root, "search", problems);
        Path review = root.has("review") ? existing(dir, text(root, "review", ""), "review", problems) : null;
        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder(problems.size() + " problem(s) in the project file:");
            for (String p : problems) {
                b.append('\n').append(name).append(": ").append(p);
            }
            throw new InputException(name, b.toString());
        }
        return new Project(file, title, language, inputs, mappings, map, aliases, unit, region, peers, from, to, cutoff, outputs,
                search, review);
    }

    /**
     * Resolves a region given on the command line ({@code 四川省}, {@code 成都}, {@code US}).
     *
     * @throws IllegalArgumentException when the name is not a known country, province or city
     */
    public static Region region(String name) {
        List<String> problems = new ArrayList<>();
        Region r = region(new com.fasterxml.jackson.databind.node.TextNode(name), "region", problems);
        if (r == null) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return r;
    }

    /** A region written as a name ({@code 四川省}, {@code 成都}, {@code CN}, {@code 美国}) or {name, level}. */
    static Region region(JsonNode n, String key, List<String> problems) {
        String label;
        String level = null;
        if (n.isObject()) {
            label = n.path("name").asText("");
            level = n.has("level") ? n.get("level").asText().toLowerCase(Locale.ROOT) : null;
        } else {
            label = n.asText("");
        }
        if (label.isBlank()) {
            problems.add(key + ": a region needs a name (a country, a Chinese province or a city)");
            return null;
        }
        ChinaDivisions d = ChinaDivisions.standard();
        // a name that is a province's own name (吉林, 北京, 四川省) is the province unless level: city says otherwise
        Optional<String> asProvince = d.province(label);
        boolean provinceName = asProvince.isPresent() && asProvince.get().startsWith(label.replaceAll("[省市]$", ""));
        if (level == null && !provinceName || "city".equals(level)) {
            Optional<ChinaPlace> city = d.city(label);
            if (city.isPresent() && city.get().city() != null) {
                return new Region(Region.Level.CITY, city.get().city(), label);
            }
        }
        if (level == null || level.equals("province")) {
            Optional<String> province = d.province(label);
            if (province.isPresent()) {
                return new Region(Region.Level.PROVINCE, province.get(), label);
            }
        }
        if (level == null || level.equals("country")) {
            Optional<String> country = Countries.fromCountryField(label);
            if (country.isPresent()) {
                return new Region(Region.Level.COUNTRY, country.get(), label);
            }
        }
        problems.add(key + ": '" + label + "' is not a known " + (level == null ? "country, Chinese province or city" : level));
        return null;
    }

    private static Integer year(JsonNode period, String key, List<String> problems) {
        JsonNode y = period.get(key);
        if (y == null) {
            return null;
        }
        if (!y.canConvertToInt() || y.asInt() < 1800 || y.asInt() > 2200) {
            problems.add("period." + key + ": '" + y.asText() + "' is not a year");
            return null;
        }
        return y.asInt();
    }

    private static Path existing(Path dir, String value, String key, List<String> problems) {
        Path p = dir.resolve(value).normalize();
        if (!Files.isRegularFile(p)) {
            problems.add(key + ": " + value + " does not exist (relative to " + dir + ")");
        }
        return p;
    }

    /** A path or a glob ({@code exports/*.xlsx}) relative to the project folder, expanded and sorted. */
    static List<Path> expand(Path dir, String pattern) {
        // a path that exists as written is that file, even when its name has glob characters (data[1].csv)
        Path literal = dir.resolve(pattern).normalize();
        if (Files.exists(literal, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(literal)) {
            return List.of(literal);
        }
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[")) {
            return List.of();
        }
        int slash = pattern.lastIndexOf('/');
        Path base = slash < 0 ? dir : dir.resolve(pattern.substring(0, slash)).normalize();
        String glob = slash < 0 ? pattern : pattern.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
            for (Path p : ds) {
                // not only regular files: a FIFO or device matched by a glob is refused by the reader with a message
                // instead of being skipped without a word
                if (!Files.isDirectory(p) && m.matches(p.getFileName())) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    private static String text(JsonNode root, String key, String dflt) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static List<String> strings(JsonNode root, String key, List<String> problems) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (n.isTextual()) {
            out.add(n.asText());
        } else {
            problems.add(key + ": must be a list of strings");
        }
        return out;
    }
}
