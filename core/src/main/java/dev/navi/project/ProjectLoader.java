package dev.navi.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.navi.clean.region.BoundaryMap;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.ChinaPlace;
import dev.navi.clean.region.Countries;
import dev.navi.ingest.InputException;
import dev.navi.model.YearBasis;
import dev.navi.text.Suggestions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code navi.yaml}. Every problem is collected and reported at once, sorted by position, each with its line,
 * column and key ({@code navi.yaml: line 12, column 1: regoin: unknown key; did you mean 'region'? ...}); unknown keys
 * are errors (with the closest valid key and the list of valid ones), so a typo never silently drops a setting. YAML
 * syntax errors are reported where the offending character is, with the cause in plain words.
 *
 * <p>The keys and the form of their values are the tables {@link #KEYS}, {@link #PERIOD_KEYS},
 * {@link #EXCLUDE_KEYS}, {@link #YEARS_KEYS}, {@link #REGION_KEYS}, {@link #POSITIONING_KEYS} and {@link #MAP_KEYS}: a new key is one line there (and one read in
 * {@link #load}).
 */
public final class ProjectLoader {
    /** A key of the project file and the form of its value, as messages state it. */
    record Key(String name, String form) {
    }

    /** The top-level keys, in the order the starter project file writes them. */
    static final List<Key> KEYS = List.of(
            new Key("name", "the atlas title, e.g. name: 四川省动力电池产业专利导航"),
            new Key("language", "zh | en"),
            new Key("inputs", "a list of export files or globs, e.g. inputs: [exports/*.xlsx, exports/*.csv]"),
            new Key("mappings", "a list of mapping files, e.g. mappings: [office.yaml]"),
            new Key("map", "the chain map file, e.g. map: chain-map.yaml"),
            new Key("aliases", "the applicant alias table, e.g. aliases: aliases.csv"),
            new Key("exclude", "denoising rules: {keywords: [...], ipc: [...], applicants: [...], "
                    + "years: {from: 2005, to: 2024}, patentTypes: [design]}"),
            new Key("unit", "family | application | publication"),
            new Key("region", "a country (CN, 美国), a Chinese province (四川省) or city (成都), or {name: 吉林, level: city}"),
            new Key("peers", "a list of regions, e.g. peers: [广东省, 江苏省]"),
            new Key("period", "{from: 2005, to: 2024}: the application years analysed"),
            new Key("cutoff", "a date like 2025-06-30: when the exports were made"),
            new Key("outputs", "a list of docx, xlsx, charts, svg, json"),
            new Key("search", "a list of the search strings the exports came from"),
            new Key("review", "a reviewed `navi tag --review-sample` workbook, e.g. review: review-sample.xlsx"),
            new Key("industry", "industry tables beside the patents: {firms: industry/firms.csv, market: "
                    + "industry/market.csv, region_output: industry/region_output.csv}"),
            new Key("positioning", "positioning-chapter options: {map: {boundaries: maps/china.geojson, name_property: "
                    + "name, approval: GS(2024)0650号}} for a province map drawn from an approved boundary map"));
    static final List<Key> PERIOD_KEYS = List.of(
            new Key("from", "the first year, e.g. from: 2005"),
            new Key("to", "the last year, e.g. to: 2024"),
            new Key("basis", "the year records are counted by: application | priority | publication (default application)"));
    static final List<Key> EXCLUDE_KEYS = List.of(
            new Key("keywords", "a list of words; a record whose title or abstract contains one is removed"),
            new Key("ipc", "a list of IPC/CPC prefixes, e.g. ipc: [A63H]"),
            new Key("applicants", "a list of applicant names"),
            new Key("years", "{from: 2005, to: 2024}: records filed outside are removed"),
            new Key("patentTypes", "a list of invention, utility_model, design, plant"));
    static final List<Key> YEARS_KEYS = PERIOD_KEYS.subList(0, 2);
    static final List<Key> REGION_KEYS = List.of(
            new Key("name", "a country, a Chinese province or a city"),
            new Key("level", "country | province | city"));
    static final List<Key> POSITIONING_KEYS = List.of(
            new Key("map", "an approved boundary map: {boundaries: FILE.geojson, name_property: name, approval: "
                    + "GS(2024)0650号}; without it the province map is the schematic tile map"));
    static final List<Key> MAP_KEYS = List.of(
            new Key("boundaries", "a GeoJSON file of the provinces (longitude/latitude), e.g. boundaries: maps/china.geojson"),
            new Key("name_property", "the feature property holding the province name (default name), e.g. name_property: NAME"),
            new Key("approval", "the map's approval number (审图号), e.g. approval: GS(2024)0650号"));
    static final Set<String> OUTPUTS = Set.of("docx", "xlsx", "charts", "svg", "json");
    static final List<String> PATENT_TYPES = List.of("invention", "utility_model", "design", "plant");
    /** Keys written by habit, and the key meant. */
    private static final Map<String, String> HABITS = Map.ofEntries(
            Map.entry("input", "inputs"), Map.entry("files", "inputs"), Map.entry("exports", "inputs"),
            Map.entry("mapping", "mappings"), Map.entry("chain", "map"), Map.entry("chainmap", "map"),
            Map.entry("alias", "aliases"), Map.entry("exclusions", "exclude"), Map.entry("excludes", "exclude"),
            Map.entry("countingunit", "unit"), Map.entry("lang", "language"), Map.entry("title", "name"),
            Map.entry("years", "period"), Map.entry("peer", "peers"), Map.entry("output", "outputs"),
            Map.entry("cut-off", "cutoff"), Map.entry("cut_off", "cutoff"), Map.entry("keyword", "keywords"),
            Map.entry("patenttype", "patentTypes"), Map.entry("types", "patentTypes"), Map.entry("applicant", "applicants"),
            Map.entry("boundary", "boundaries"), Map.entry("geojson", "boundaries"), Map.entry("name_field", "name_property"),
            Map.entry("namefield", "name_property"), Map.entry("shentuhao", "approval"), Map.entry("审图号", "approval"),
            Map.entry("start", "from"), Map.entry("end", "to"), Map.entry("until", "to"), Map.entry("since", "from"));

    private ProjectLoader() {
    }

    /**
     * Loads and checks a project file.
     *
     * @throws InputException listing every problem (the first line the count, then one a line, by position) when the
     *                        file is not a valid project
     */
    public static Project load(Path file) {
        String name = file.toString();
        List<YamlTree.Located> problems = new ArrayList<>();
        YamlTree.Node tree;
        try {
            tree = YamlTree.parse(Files.readAllBytes(file), problems);
        } catch (YamlTree.SyntaxError e) {
            throw new InputException(name, e.pos + ": " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(name, "the project file does not exist; `navi init DIR` writes one");
        } catch (IOException e) {
            throw new InputException(name, "cannot read the project file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(tree instanceof YamlTree.MapNode root)) {
            throw new InputException(name, (tree == null ? "" : tree.pos() + ": ")
                    + "a project file is a YAML map of keys (" + keyNames(KEYS) + "); `navi init DIR` writes a commented one");
        }
        Check c = new Check(problems);
        c.keys(root, KEYS, "");
        Path dir = file.toAbsolutePath().getParent();
        String title = c.text(root, "name", KEYS);
        if (title == null) {
            title = file.getFileName().toString();
        }
        String language = c.choice(root, "language", List.of("zh", "en"), KEYS);
        if (language == null) {
            language = "zh";
        }
        List<Path> inputs = inputs(root, dir, c);
        List<Path> mappings = new ArrayList<>();
        for (YamlTree.Scalar m : c.strings(root, "mappings", KEYS)) {
            mappings.add(c.existing(dir, m, "mappings"));
        }
        Path map = c.file(root, "map", dir);
        Path aliases = c.file(root, "aliases", dir);
        String unit = c.choice(root, "unit", List.of("family", "application", "publication"), KEYS);
        YamlTree.Entry re = root.entries().get("region");
        Region region = re == null || isNull(re.value()) ? null : region(re.value(), "region", c);
        List<Region> peers = new ArrayList<>();
        YamlTree.Entry pe = root.entries().get("peers");
        if (pe != null && !isNull(pe.value())) {
            if (!(pe.value() instanceof YamlTree.ListNode list)) {
                c.add(pe.value().pos(), "peers: must be " + form(KEYS, "peers"));
            } else {
                for (int i = 0; i < list.items().size(); i++) {
                    Region r = region(list.items().get(i), "peers[" + i + "]", c);
                    if (r != null) {
                        peers.add(r);
                    }
                }
            }
        }
        Integer[] period = c.years(root, "period", PERIOD_KEYS, "period");
        YearBasis basis = yearBasis(root, c);
        LocalDate cutoff = null;
        YamlTree.Entry ce = root.entries().get("cutoff");
        if (ce != null && !isNull(ce.value())) {
            String t = c.scalar(ce, "cutoff", KEYS);
            if (t != null) {
                try {
                    cutoff = LocalDate.parse(t.strip());
                } catch (DateTimeParseException e) {
                    c.add(ce.value().pos(), "cutoff: '" + t + "' is not " + form(KEYS, "cutoff"));
                }
            }
        }
        Set<String> outputs = new TreeSet<>(OUTPUTS);
        outputs.remove("svg");
        if (root.entries().containsKey("outputs")) {
            outputs.clear();
            for (YamlTree.Scalar o : c.strings(root, "outputs", KEYS)) {
                String k = o.text().strip().toLowerCase(Locale.ROOT);
                if (!OUTPUTS.contains(k)) {
                    String hint = didYouMean(k, new ArrayList<>(new TreeSet<>(OUTPUTS)));
                    c.add(o.pos(), "outputs: '" + o.text() + "' is not one of " + String.join(", ", new TreeSet<>(OUTPUTS))
                            + (hint == null ? "" : "; did you mean '" + hint + "'?"));
                }
                outputs.add(k);
            }
        }
        List<String> search = c.strings(root, "search", KEYS).stream().map(YamlTree.Scalar::text).toList();
        Path review = c.file(root, "review", dir);
        exclude(root, c);
        positioning(root, dir, c);
        if (!problems.isEmpty()) {
            List<YamlTree.Located> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(YamlTree.Located::pos));
            StringBuilder b = new StringBuilder(sorted.size() + (sorted.size() == 1 ? " problem" : " problems")
                    + " in the project file:");
            for (YamlTree.Located p : sorted) {
                b.append('\n').append(name).append(": ").append(p.pos().line() > 0 ? p.pos() + ": " : "").append(p.message());
            }
            throw new InputException(name, b.toString());
        }
        return new Project(file, title, language, inputs, mappings, map, aliases, unit, region, peers, period[0], period[1],
                cutoff, outputs, search, review, basis);
    }

    /**
     * The input files. A glob that matches nothing is fine as long as the inputs as a whole match at least one file
     * (the starter file lists a glob per export type, and a project rarely has every type); a file named without a
     * wildcard must exist.
     */
    private static List<Path> inputs(YamlTree.MapNode root, Path dir, Check c) {
        YamlTree.Entry e = root.entries().get("inputs");
        if (e == null) {
            c.add(YamlTree.Pos.FILE, "inputs: missing; list the export files or globs, e.g. inputs: [exports/*.xlsx, "
                    + "exports/*.csv]");
            return List.of();
        }
        List<YamlTree.Scalar> patterns = c.strings(root, "inputs", KEYS);
        List<Path> inputs = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (YamlTree.Scalar s : patterns) {
            String pattern = s.text().strip();
            List<Path> found = expand(dir, pattern);
            if (found.isEmpty() && !isGlob(pattern)) {
                c.add(s.pos(), "inputs: " + pattern + " does not exist (relative to " + dir + ")");
            } else if (found.isEmpty()) {
                empty.add(pattern);
            }
            for (Path f : found) {
                if (!inputs.contains(f)) {
                    inputs.add(f);
                }
            }
        }
        if (inputs.isEmpty() && !empty.isEmpty()) {
            c.add(e.pos(), "inputs: no export file found — " + String.join(", ", empty) + (empty.size() == 1 ? " matches"
                    : " match") + " no file (relative to " + dir + "); copy the exports (CSV, TSV, XLS or XLSX) into "
                    + folderOf(dir, empty.get(0)));
        } else if (inputs.isEmpty() && patterns.isEmpty() && c.problems.stream().noneMatch(p -> p.pos().equals(e.value().pos()))) {
            c.add(e.value().pos(), "inputs: empty; " + form(KEYS, "inputs"));
        }
        return inputs;
    }

    /** {@code period.basis}: the year basis of the analysis set, application by default. */
    private static YearBasis yearBasis(YamlTree.MapNode root, Check c) {
        YamlTree.Entry e = root.entries().get("period");
        if (e == null || !(e.value() instanceof YamlTree.MapNode period)) {
            return YearBasis.APPLICATION;
        }
        YamlTree.Entry b = period.entries().get("basis");
        if (b == null || isNull(b.value())) {
            return YearBasis.APPLICATION;
        }
        String t = b.value() instanceof YamlTree.Scalar sc && sc.text() != null ? sc.text().strip() : "";
        Optional<YearBasis> yb = YearBasis.of(t);
        if (yb.isEmpty()) {
            List<String> choices = List.of("application", "priority", "publication");
            String hint = didYouMean(t.toLowerCase(Locale.ROOT), choices);
            c.add(b.value().pos(), "period.basis: '" + t + "' is not " + String.join(" | ", choices)
                    + (hint == null ? "" : "; did you mean '" + hint + "'?"));
            return YearBasis.APPLICATION;
        }
        return yb.get();
    }

    /**
     * {@code positioning}: options of the positioning chapter. Only {@code map} so far — an approved boundary map for
     * the province map: {@code boundaries} (a GeoJSON file, required), {@code name_property} (the feature property
     * holding the province name, default {@code name}) and {@code approval} (the map's approval number, 审图号,
     * required: a map of China with boundaries may only be handed over with it). Checks the keys and that the file
     * exists; the GeoJSON itself is read by {@link #boundaryMap}.
     *
     * @return {file, name property, approval}, or null when the project has no boundary map (or it is wrong)
     */
    private static String[] positioning(YamlTree.MapNode root, Path dir, Check c) {
        YamlTree.Entry e = root.entries().get("positioning");
        if (e == null || isNull(e.value())) {
            return null;
        }
        if (!(e.value() instanceof YamlTree.MapNode p)) {
            c.add(e.value().pos(), "positioning: must be " + form(KEYS, "positioning"));
            return null;
        }
        c.keys(p, POSITIONING_KEYS, "positioning");
        YamlTree.Entry me = p.entries().get("map");
        if (me == null || isNull(me.value())) {
            return null;
        }
        if (!(me.value() instanceof YamlTree.MapNode m)) {
            c.add(me.value().pos(), "positioning.map: must be " + form(POSITIONING_KEYS, "map"));
            return null;
        }
        c.keys(m, MAP_KEYS, "positioning.map");
        YamlTree.Entry be = m.entries().get("boundaries");
        Path file = null;
        if (be == null || isNull(be.value())) {
            c.add(m.pos(), "positioning.map.boundaries: missing; " + form(MAP_KEYS, "boundaries"));
        } else if (be.value() instanceof YamlTree.Scalar s) {
            file = c.existing(dir, s, "positioning.map.boundaries");
        } else {
            c.add(be.value().pos(), "positioning.map.boundaries: must be " + form(MAP_KEYS, "boundaries"));
        }
        String property = c.text(m, "name_property", MAP_KEYS);
        String approval = c.text(m, "approval", MAP_KEYS);
        if (approval == null || approval.isBlank()) {
            c.add(m.entries().containsKey("approval") ? m.entries().get("approval").value().pos() : m.pos(),
                    "positioning.map.approval: missing; a map of China that shows boundaries goes into a deliverable only "
                            + "as an approved map with its approval number (审图号), e.g. approval: GS(2024)0650号 — without "
                            + "one, leave positioning.map out and navi draws the schematic tile map");
        }
        return file == null || approval == null || approval.isBlank() ? null
                : new String[] {file.toString(), property, approval.strip()};
    }

    /**
     * The approved boundary map the project file names ({@code positioning.map}), read and checked, or null when it
     * names none (or the file cannot be read as a project file, which {@link #load} reports).
     *
     * @throws InputException when the section is wrong or the GeoJSON is not usable (the file and place named)
     */
    public static BoundaryMap boundaryMap(Path projectFile) {
        String name = projectFile.toString();
        List<YamlTree.Located> problems = new ArrayList<>();
        YamlTree.Node tree;
        try {
            tree = YamlTree.parse(Files.readAllBytes(projectFile), problems);
        } catch (YamlTree.SyntaxError | IOException e) {
            return null;
        }
        if (!(tree instanceof YamlTree.MapNode root)) {
            return null;
        }
        problems.clear(); // duplicate keys elsewhere are load()'s to report
        Check c = new Check(problems);
        String[] spec = positioning(root, projectFile.toAbsolutePath().getParent(), c);
        if (!problems.isEmpty()) {
            YamlTree.Located p = problems.get(0);
            throw new InputException(name, (p.pos().line() > 0 ? p.pos() + ": " : "") + p.message());
        }
        return spec == null ? null : BoundaryMap.read(Path.of(spec[0]), spec[1], spec[2]);
    }

    private static void exclude(YamlTree.MapNode root, Check c) {
        YamlTree.Entry e = root.entries().get("exclude");
        if (e == null || isNull(e.value())) {
            return;
        }
        if (!(e.value() instanceof YamlTree.MapNode ex)) {
            c.add(e.value().pos(), "exclude: must be " + form(KEYS, "exclude"));
            return;
        }
        c.keys(ex, EXCLUDE_KEYS, "exclude");
        for (String list : List.of("keywords", "ipc", "applicants")) {
            c.list(ex, list, EXCLUDE_KEYS, "exclude." + list);
        }
        c.years(ex, "years", YEARS_KEYS, "exclude.years");
        for (YamlTree.Scalar t : c.list(ex, "patentTypes", EXCLUDE_KEYS, "exclude.patentTypes")) {
            String k = t.text().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!PATENT_TYPES.contains(k)) {
                String hint = didYouMean(k, PATENT_TYPES);
                c.add(t.pos(), "exclude.patentTypes: '" + t.text() + "' is not one of " + String.join(", ", PATENT_TYPES)
                        + (hint == null ? "" : "; did you mean '" + hint + "'?"));
            }
        }
    }

    private static Region region(YamlTree.Node n, String key, Check c) {
        List<String> found = new ArrayList<>();
        JsonNode json;
        if (n instanceof YamlTree.MapNode m) {
            c.keys(m, REGION_KEYS, key);
            com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (YamlTree.Entry e : m.entries().values()) {
                if (e.value() instanceof YamlTree.Scalar s && s.text() != null) {
                    o.put(e.key(), s.text());
                }
            }
            json = o;
        } else if (n instanceof YamlTree.Scalar s) {
            json = new com.fasterxml.jackson.databind.node.TextNode(s.text() == null ? "" : s.text());
        } else {
            c.add(n.pos(), key + ": must be " + form(KEYS, "region"));
            return null;
        }
        Region r = region(json, key, found);
        for (String f : found) {
            c.add(n.pos(), f + "; a region is " + form(KEYS, "region"));
        }
        return r;
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

    private static Path folderOf(Path dir, String pattern) {
        int slash = pattern.lastIndexOf('/');
        return slash < 0 ? dir : dir.resolve(pattern.substring(0, slash)).normalize();
    }

    private static boolean isGlob(String pattern) {
        return pattern.contains("*") || pattern.contains("?") || pattern.contains("[");
    }

    private static boolean isNull(YamlTree.Node n) {
        return n instanceof YamlTree.Scalar s && s.isNull();
    }

    private static String form(List<Key> keys, String key) {
        return keys.stream().filter(k -> k.name().equals(key)).map(Key::form).findFirst().orElse("");
    }

    private static String keyNames(List<Key> keys) {
        return String.join(", ", keys.stream().map(Key::name).toList());
    }

    /** The valid key closest to {@code key} (a known habit, the same key in another case, or within a small edit distance), or null. */
    static String didYouMean(String key, List<String> valid) {
        String habit = HABITS.get(key.toLowerCase(Locale.ROOT));
        if (habit != null && valid.contains(habit)) {
            return habit;
        }
        return Suggestions.closest(key, valid, 2);
    }

    /** Collects located problems while reading values of the expected forms. */
    private static final class Check {
        final List<YamlTree.Located> problems;

        Check(List<YamlTree.Located> problems) {
            this.problems = problems;
        }

        void add(YamlTree.Pos pos, String message) {
            problems.add(new YamlTree.Located(pos, message));
        }

        /** Unknown keys of a map, each with the closest valid key and its form, and the valid keys. */
        void keys(YamlTree.MapNode m, List<Key> valid, String path) {
            List<String> names = valid.stream().map(Key::name).toList();
            for (YamlTree.Entry e : m.entries().values()) {
                if (!names.contains(e.key())) {
                    String hint = didYouMean(e.key(), names);
                    add(e.pos(), (path.isEmpty() ? "" : path + ".") + e.key() + ": unknown key"
                            + (hint == null ? "" : "; did you mean '" + hint + "' (" + form(valid, hint) + ")?")
                            + " Valid keys" + (path.isEmpty() ? "" : " in " + path) + ": " + String.join(", ", names));
                }
            }
        }

        /** A scalar's text, or null (with a problem when the value is a list or map). */
        String scalar(YamlTree.Entry e, String path, List<Key> keys) {
            if (e.value() instanceof YamlTree.Scalar s) {
                return s.text();
            }
            add(e.value().pos(), path + ": must be a single value: " + form(keys, e.key()));
            return null;
        }

        String text(YamlTree.MapNode m, String key, List<Key> keys) {
            YamlTree.Entry e = m.entries().get(key);
            return e == null ? null : scalar(e, key, keys);
        }

        String choice(YamlTree.MapNode m, String key, List<String> choices, List<Key> keys) {
            String t = text(m, key, keys);
            if (t == null) {
                return null;
            }
            String k = t.strip().toLowerCase(Locale.ROOT);
            if (!choices.contains(k)) {
                String hint = didYouMean(k, choices);
                add(m.entries().get(key).value().pos(), key + ": '" + t + "' is not " + String.join(" | ", choices)
                        + (hint == null ? "" : "; did you mean '" + hint + "'?"));
                return null;
            }
            return k;
        }

        /** A list of scalars; a single scalar counts as a list of one. */
        List<YamlTree.Scalar> strings(YamlTree.MapNode m, String key, List<Key> keys) {
            YamlTree.Entry e = m.entries().get(key);
            if (e == null || isNull(e.value())) {
                return List.of();
            }
            if (e.value() instanceof YamlTree.Scalar s) {
                return List.of(s);
            }
            return items(e, key, keys);
        }

        /** A list of scalars (a single value is not accepted: the rules are lists). */
        List<YamlTree.Scalar> list(YamlTree.MapNode m, String key, List<Key> keys, String path) {
            YamlTree.Entry e = m.entries().get(key);
            if (e == null || isNull(e.value())) {
                return List.of();
            }
            if (e.value() instanceof YamlTree.Scalar s) {
                add(s.pos(), path + ": must be a list, e.g. " + key + ": ['" + s.text() + "']");
                return List.of();
            }
            return items(e, path, keys);
        }

        private List<YamlTree.Scalar> items(YamlTree.Entry e, String path, List<Key> keys) {
            if (!(e.value() instanceof YamlTree.ListNode l)) {
                add(e.value().pos(), path + ": must be " + form(keys, e.key()));
                return List.of();
            }
            List<YamlTree.Scalar> out = new ArrayList<>();
            for (YamlTree.Node n : l.items()) {
                if (n instanceof YamlTree.Scalar s && !s.isNull()) {
                    out.add(s);
                } else if (!isNull(n)) {
                    add(n.pos(), path + ": each entry must be a single value (" + form(keys, e.key()) + ")");
                }
            }
            return out;
        }

        Path file(YamlTree.MapNode m, String key, Path dir) {
            YamlTree.Entry e = m.entries().get(key);
            if (e == null || isNull(e.value())) {
                return null;
            }
            if (!(e.value() instanceof YamlTree.Scalar s)) {
                add(e.value().pos(), key + ": must be " + form(KEYS, key));
                return null;
            }
            return existing(dir, s, key);
        }

        Path existing(Path dir, YamlTree.Scalar value, String key) {
            Path p = dir.resolve(value.text().strip()).normalize();
            if (!Files.isRegularFile(p)) {
                add(value.pos(), key + ": " + value.text() + (Files.isDirectory(p) ? " is a folder, not a file"
                        : " does not exist") + " (relative to " + dir + ")");
            }
            return p;
        }

        /** {from, to} years; {null, null} when absent or wrong. */
        Integer[] years(YamlTree.MapNode m, String key, List<Key> keys, String path) {
            Integer[] out = new Integer[2];
            YamlTree.Entry e = m.entries().get(key);
            if (e == null || isNull(e.value())) {
                return out;
            }
            if (!(e.value() instanceof YamlTree.MapNode y)) {
                add(e.value().pos(), path + ": must look like {from: 2005, to: 2024}");
                return out;
            }
            keys(y, keys, path);
            out[0] = year(y, "from", path);
            out[1] = year(y, "to", path);
            if (out[0] != null && out[1] != null && out[0] > out[1]) {
                add(y.pos(), path + ": from " + out[0] + " is after to " + out[1]);
            }
            return out;
        }

        private Integer year(YamlTree.MapNode m, String key, String path) {
            YamlTree.Entry e = m.entries().get(key);
            if (e == null || isNull(e.value())) {
                return null;
            }
            String t = e.value() instanceof YamlTree.Scalar s ? s.text().strip() : "";
            if (!t.matches("\\d{4}") || Integer.parseInt(t) < 1800 || Integer.parseInt(t) > 2200) {
                add(e.value().pos(), path + "." + key + ": '" + t + "' is not a year like 2005");
                return null;
            }
            return Integer.parseInt(t);
        }
    }
}
