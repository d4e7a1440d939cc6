package dev.navi.clean.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * China's administrative divisions (provinces, prefecture-level cities, county-level districts) and the lookups
 * the clean stage needs: the export's own province and city fields, and free-text Chinese addresses.
 *
 * <p>The table is {@code china-divisions.tsv} beside this class (see its header and the package documentation
 * for where the data come from). {@link #standard()} loads it once; an instance is immutable and safe to share
 * between threads. No method returns {@code null}; every method accepts {@code null} or blank input and then
 * returns an empty result.
 *
 * <h2>How an address is read</h2>
 * Every full name, alias and short name of at least two characters is put in one character trie. The address is
 * scanned from left to right; at each position the trie gives the longest name that starts there, and it is
 * taken if it fits what has been read so far ("longest match at the earliest position"); the scan then
 * continues after it. It stops at the first county-level match. A name fits when:
 * <ul>
 *   <li><b>province</b>: no province has been read yet (a repeat of the same province is skipped over);</li>
 *   <li><b>city</b>: no city has been read yet, and it lies in the province read, if any. A municipality or
 *       special administrative region counts as its own city, so in {@code 北京市成都路} the 成都 is not read;</li>
 *   <li><b>district</b>: it lies in the city read. With only a province read, its full name must be unique in
 *       that province. With nothing read, its full name must be unique in the country, at least three
 *       characters long, and at the very start of the address ({@code 浦东新区张江路}, {@code 武侯区一环路}).
 *       Short names of districts ({@code 浦东}, {@code 海淀}) are only read inside a known city, except those of
 *       county-level cities, which addresses often start with ({@code 昆山开发区}, {@code 江苏义乌}): these
 *       also count inside a known province, and at the very start when no other county-level division has
 *       that name and a place word follows (the end, 市, 镇, 开发区, 经济, 国际 ...; 东方红路 is not 东方市).</li>
 * </ul>
 * Only the longest name at a position is considered: when it does not fit, or several divisions of the same
 * level fit it (朝阳区 of 北京 and of 长春, with nothing read before it), the scan moves on by one character and
 * never falls back to a shorter name at the same position (朝阳区 is not 朝阳市). When divisions of different
 * levels fit the same name, the higher level wins: 吉林 alone is the province, 吉林市 is the city. The province and
 * city of a city or district that was read are filled in from the table. A short name followed by a road word
 * (路, 街, 道, 巷, 弄, 大道, 东路 ...) is a street, not a place: {@code 上海市长宁区延安西路} never reads 延安.
 * A few institution names that contain a city's name elsewhere (中山大学 is in 广州) are skipped over. One-character
 * province abbreviations (川, 粤) and Latin aliases are only used for whole fields, never in addresses. Leading
 * postcodes, spaces, punctuation and a leading 中国 / 中华人民共和国 are skipped; an address that starts with a
 * foreign country's Chinese name (日本国, 韩国, 美国) gives nothing.
 *
 * <p>Besides the aliases in the table, two kinds of former names are derived: {@code X县} and {@code X市} for
 * every district {@code X区} (most districts were a county or a county-level city before: 萧山市 → 萧山区,
 * 密云县 → 密云区), and {@code X地区} for every city {@code X市} (铜仁地区 → 铜仁市), in both cases only where
 * no division already has that name.
 *
 * <p>Speed: one pass over the address with a hash-based trie, no regular expressions and no allocation per
 * character: about half a second for a million addresses on one core of the development machine (see
 * {@code ChinaDivisionsBenchmarkTest}).
 */
public final class ChinaDivisions {

    private static final String RESOURCE = "china-divisions.tsv";
    private static final String HEADER = "code\tlevel\tname\taliases\tparent";

    /** Provincial-level divisions that have no prefecture level: they are their own city. */
    private static final Set<String> CITY_LIKE_PROVINCES =
            Set.of("110000", "120000", "310000", "500000", "810000", "820000");

    /**
     * Names that contain a division's name but are not a place in it: consumed and ignored when scanning.
     * 中山大学 and 中山医院 are in 广州 and 上海, not in 中山市.
     */
    private static final List<String> BLOCKED = List.of("中山大学", "中山医院", "中山公园", "中山大道", "中山陵");

    private static final int FULL = 0;
    private static final int ALIAS = 1;
    private static final int SHORT = 2;
    private static final int BLOCK = 3;

    private static final int NONE = -1;
    private static final int SKIP = -2;

    private static final int PROVINCE = 0;
    private static final int CITY = 1;
    private static final int DISTRICT = 2;

    private final List<Division> divisions;
    private final Map<String, Division> byCode;

    private final String[] names;
    private final int[] level;
    private final int[] province;
    /** Index of the division that is the city of this one, or -1 (a province with cities, 台湾省). */
    private final int[] cityOf;
    /** County-level cities (昆山市, 义乌市): their short names are read at the start of an address too. */
    private final boolean[] countyCity;

    private final Trie trie;
    private final Map<String, int[]> fieldIndex;

    private ChinaDivisions(List<Division> divisions) {
        this.divisions = List.copyOf(divisions);
        int n = divisions.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        Map<String, Division> codes = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Division d = divisions.get(i);
            if (codes.put(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code());
            }
            index.put(d.code(), i);
        }
        this.byCode = Collections.unmodifiableMap(codes);

        names = new String[n];
        level = new int[n];
        province = new int[n];
        cityOf = new int[n];
        countyCity = new boolean[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            Division d = divisions.get(i);
            names[i] = d.name();
            level[i] = d.level().ordinal();
            countyCity[i] = d.level() == Division.Level.DISTRICT && d.name().endsWith("市");
            if (d.parentCode() == null) {
                parent[i] = -1;
            } else {
                Integer p = index.get(d.parentCode());
                if (p == null) {
                    throw new IllegalArgumentException(d.code() + ": parent " + d.parentCode() + " is not in the table");
                }
                parent[i] = p;
            }
        }
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            switch (level[i]) {
                case PROVINCE -> {
                    province[i] = i;
                    cityOf[i] = CITY_LIKE_PROVINCES.contains(divisions.get(i).code()) ? i : -1;
                }
                case CITY -> {
                    requireLevel(divisions, i, p, PROVINCE);
                    province[i] = p;
                    cityOf[i] = i;
                }
                default -> {
                    if (level[p] == CITY) {
                        province[i] = parent[p];
                        cityOf[i] = p;
                    } else {
                        requireLevel(divisions, i, p, PROVINCE);
                        province[i] = p;
                        // A municipality's district lies in the municipality; a county-level city directly under a
                        // province is its own city.
                        cityOf[i] = cityOf[p] == p ? p : i;
                    }
                }
            }
        }

        // Names for free text (kind per division) and for whole fields.
        Map<String, Map<Integer, Integer>> text = new LinkedHashMap<>();
        Map<String, Set<Integer>> field = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Division d = divisions.get(i);
            addName(text, field, d.name(), i, FULL);
            for (String alias : d.aliases()) {
                boolean shortName = alias.length() < d.name().length() && d.name().startsWith(alias);
                addName(text, field, alias, i, shortName ? SHORT : ALIAS);
            }
        }
        for (int i = 0; i < n; i++) {
            String name = names[i];
            if (level[i] == DISTRICT && name.endsWith("区") && name.length() >= 3
                    && !name.endsWith("新区") && !name.endsWith("矿区") && !name.endsWith("林区")
                    && !name.endsWith("特区")) {
                String stem = name.substring(0, name.length() - 1);
                addDerived(text, field, stem + "县", i);
                addDerived(text, field, stem + "市", i);
            } else if (level[i] == CITY && name.endsWith("市") && name.length() >= 3) {
                addDerived(text, field, name.substring(0, name.length() - 1) + "地区", i);
            }
        }
        Trie.Builder builder = new Trie.Builder();
        for (Map.Entry<String, Map<Integer, Integer>> e : text.entrySet()) {
            String key = e.getKey();
            if (!usableInText(key)) {
                continue;
            }
            int[] cands = new int[e.getValue().size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> c : e.getValue().entrySet()) {
                cands[k++] = c.getKey() << 2 | c.getValue();
            }
            builder.put(key, cands);
        }
        for (String blocked : BLOCKED) {
            builder.put(blocked, new int[] {BLOCK});
        }
        trie = builder.build();

        Map<String, int[]> fields = new HashMap<>(field.size() * 2);
        for (Map.Entry<String, Set<Integer>> e : field.entrySet()) {
            fields.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        fieldIndex = Collections.unmodifiableMap(fields);
    }

    private static void requireLevel(List<Division> divisions, int child, int parent, int expected) {
        if (parent < 0 || divisions.get(parent).level().ordinal() != expected) {
            throw new IllegalArgumentException(divisions.get(child).code() + ": parent must be a "
                    + Division.Level.values()[expected].name().toLowerCase(Locale.ROOT));
        }
    }

    private static void addName(Map<String, Map<Integer, Integer>> text, Map<String, Set<Integer>> field,
                                String name, int division, int kind) {
        if (name.isEmpty()) {
            return;
        }
        text.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(division, kind, Math::min);
        field.computeIfAbsent(fieldKey(name), k -> new LinkedHashSet<>()).add(division);
    }

    private static void addDerived(Map<String, Map<Integer, Integer>> text, Map<String, Set<Integer>> field,
                                   String name, int division) {
        if (!text.containsKey(name)) {
            addName(text, field, name, division, ALIAS);
        }
    }

    /** Free text uses names of two or more characters, none of them Latin (川, 粤, Sichuan are field-only). */
    private static boolean usableInText(String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x2E80) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- loading

    private static final class Holder {
        static final ChinaDivisions STANDARD = loadStandard();

        private static ChinaDivisions loadStandard() {
            try (InputStream in = ChinaDivisions.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The table shipped with navi, loaded on first use. */
    public static ChinaDivisions standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a table in the format of {@code china-divisions.tsv}: {@code #} comment lines, the header line
     * {@code code, level, name, aliases, parent} separated by tabs, then one tab-separated row per division.
     *
     * @param reader the table; read to the end, not closed
     * @param source name used in error messages
     * @throws IllegalArgumentException naming {@code source:line} when a row is malformed, a code repeats or
     *                                  a parent is missing
     */
    public static ChinaDivisions load(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Division> rows = new ArrayList<>(3300);
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": expected the header '"
                            + HEADER.replace('\t', ' ') + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected 5 tab-separated fields, found "
                        + f.length);
            }
            try {
                Division.Level lv = Division.Level.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
                List<String> aliases = f[3].isBlank() ? List.of() : Arrays.asList(f[3].split("\\|"));
                String parent = f[4].isBlank() ? null : f[4].trim();
                rows.add(new Division(f[0].trim(), lv, f[2].trim(), aliases, parent));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header line");
        }
        try {
            return new ChinaDivisions(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------- the table

    /** Every division in table order (the shipped table is sorted by code); immutable. */
    public List<Division> divisions() {
        return divisions;
    }

    private static final java.util.regex.Pattern CN_PLACE =
            java.util.regex.Pattern.compile("\\p{IsHan}{1,8}?(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)");

    /**
     * A text (a title, a caption, a reason) with every province-level name that has a Latin name in it replaced by that
     * name ({@code 四川省企业} → {@code Sichuan企业}); other text unchanged. For English atlases.
     */
    public String latinPlaces(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = CN_PLACE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // province-level names only: a city name inside a text is mostly part of a firm's name (合肥市源川锂电材料有限公司)
            String name = m.group();
            String latin = divisions.stream().anyMatch(d -> d.name().equals(name) && d.level() == Division.Level.PROVINCE)
                    ? latinName(name).orElse(name) : name;
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(latin));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The Latin name of a province-level division given by its standard name ({@code 四川省} → {@code Sichuan}): the
     * first all-Latin alias in the table, for English atlases; a prefecture-level city's from
     * {@code china-cities-latin.tsv} ({@code 遂宁市} → {@code Suining}). Empty for a name not in the table or without one
     * (districts).
     */
    public Optional<String> latinName(String standardName) {
        if (standardName == null) {
            return Optional.empty();
        }
        for (Division d : divisions) {
            if (d.name().equals(standardName.strip())) {
                Optional<String> alias = d.aliases().stream().filter(a -> a.matches("[A-Za-z][A-Za-z .'-]*")).findFirst();
                return alias.isPresent() ? alias : Optional.ofNullable(CityNames.LATIN.get(d.code()));
            }
        }
        return Optional.empty();
    }

    /** The Latin names of the prefecture-level divisions ({@code china-cities-latin.tsv}: code, name), loaded on first use. */
    private static final class CityNames {
        static final Map<String, String> LATIN = load();

        private static Map<String, String> load() {
            String resource = "china-cities-latin.tsv";
            Map<String, String> m = new java.util.HashMap<>();
            try (InputStream in = ChinaDivisions.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " is missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] f = line.split("\t");
                        m.put(f[0].strip(), f[1].strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return Map.copyOf(m);
        }
    }

    /** The division with that 6-digit code. */
    public Optional<Division> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    // ------------------------------------------------------------------------------------------- fields

    /**
     * The standard name of the province an export's province field names: {@code 四川}, {@code 四川省},
     * {@code 川}, {@code Sichuan}, {@code 内蒙古}; a field that holds more than a province
     * ({@code 四川省成都市}) is read as an address.
     */
    public Optional<String> province(String name) {
        int[] cands = fieldCandidates(name);
        if (cands != null) {
            int p = unique(cands, d -> level[d] == PROVINCE);
            if (p >= 0) {
                return Optional.of(names[p]);
            }
        }
        return parseAddress(name).map(ChinaPlace::province);
    }

    /**
     * The place an export's city field names: {@code 成都}, {@code 成都市}, {@code 恩施州}, {@code 北京},
     * {@code 仙桃}; a prefecture-level city is preferred ({@code 吉林} is 吉林市 here, while
     * {@link #province(String)} reads it as 吉林省), then a county-level city directly under its province, a
     * municipality, and a county-level division unique in the country. A field that holds more than a name
     * ({@code 四川成都}) is read as an address. Empty when nothing, or more than one city, fits.
     */
    public Optional<ChinaPlace> city(String name) {
        int[] cands = fieldCandidates(name);
        if (cands != null) {
            int d = unique(cands, i -> level[i] == CITY);
            if (d == NONE) {
                d = unique(cands, i -> level[i] == DISTRICT && cityOf[i] == i);
            }
            if (d == NONE) {
                d = unique(cands, i -> level[i] == PROVINCE && cityOf[i] == i);
            }
            if (d == NONE) {
                d = unique(cands, i -> level[i] == DISTRICT);
            }
            if (d >= 0) {
                return Optional.of(place(province[d], cityOf[d], level[d] == DISTRICT && cityOf[d] != d ? d : -1));
            }
            if (d == SKIP) {
                return Optional.empty();
            }
        }
        return parseAddress(name).filter(p -> p.city() != null);
    }

    private int[] fieldCandidates(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return fieldIndex.get(fieldKey(name));
    }

    /** The only candidate the filter accepts, {@link #NONE} if none does, {@link #SKIP} if several do. */
    private static int unique(int[] cands, IntPredicate filter) {
        int found = NONE;
        for (int d : cands) {
            if (filter.test(d)) {
                if (found >= 0 && found != d) {
                    return SKIP;
                }
                found = d;
            }
        }
        return found;
    }

    private static String fieldKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------- addresses

    /**
     * Province, city and district of a Chinese address, as standard full names. Empty when no province can be
     * told. See the class documentation for how the address is read.
     */
    public Optional<ChinaPlace> parseAddress(String address) {
        Scan s = scan(address);
        return s == null ? Optional.empty() : Optional.of(s.place);
    }

    /**
     * The place named at the very start of the text (after a leading postcode, punctuation or 中国), as Chinese
     * organisations name themselves ({@code 四川长虹电器股份有限公司}); empty when the first name read starts
     * later or is a county-level name (东方 in 东方电气 is not read as 东方市).
     */
    Optional<ChinaPlace> leadingPlace(String text) {
        Scan s = scan(text);
        return s == null || s.firstMatch != s.contentStart || s.firstLevel > CITY
                ? Optional.empty() : Optional.of(s.place);
    }

    /** Length of the longest division name starting at {@code from}, 0 if none. */
    int longestNameAt(CharSequence text, int from) {
        int node = 0;
        int longest = 0;
        for (int j = from; j < text.length(); j++) {
            node = trie.child(node, text.charAt(j));
            if (node < 0) {
                break;
            }
            if (trie.candidates(node) != null) {
                longest = j + 1 - from;
            }
        }
        return longest;
    }

    private record Scan(ChinaPlace place, int contentStart, int firstMatch, int firstLevel) {
    }

    private Scan scan(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int start = contentStart(text);
        if (start < 0) {
            return null;
        }
        int foreign = Countries.foreignNameLengthAt(text, start);
        if (foreign > 0 && longestNameAt(text, start) <= foreign) {
            return null;
        }
        int prov = -1;
        int city = -1;
        int dist = -1;
        int first = -1;
        int firstLevel = -1;
        boolean done = false;
        int i = start;
        while (i < n && !done) {
            char c = text.charAt(i);
            if (!trie.starts(c)) {
                i++;
                continue;
            }
            int end = -1;
            int found = 0;
            int node = 0;
            for (int j = i; j < n; j++) {
                node = trie.child(node, text.charAt(j));
                if (node < 0) {
                    break;
                }
                if (trie.candidates(node) != null) {
                    end = j + 1;
                    found = node;
                }
            }
            int advance = 0;
            if (end > 0) {
                int[] cands = trie.candidates(found);
                int pick = cands[0] == BLOCK ? SKIP : choose(cands, text, i, end, start, prov, city);
                if (pick != NONE) {
                    advance = end - i;
                    if (first < 0 && cands[0] != BLOCK) {
                        first = i;
                        firstLevel = pick >= 0 ? level[pick] : PROVINCE;
                    }
                    if (pick >= 0) {
                        switch (level[pick]) {
                            case PROVINCE -> {
                                prov = pick;
                                city = cityOf[pick];
                            }
                            case CITY -> {
                                city = pick;
                                prov = province[pick];
                            }
                            default -> {
                                prov = province[pick];
                                city = cityOf[pick];
                                dist = city == pick ? -1 : pick;
                                done = true;
                            }
                        }
                    }
                }
            }
            i += advance == 0 ? 1 : advance;
        }
        if (prov < 0) {
            return null;
        }
        return new Scan(place(prov, city, dist), start, first, firstLevel);
    }

    /**
     * Which candidate of a name found at {@code [from, to)} fits what has been read: a division index,
     * {@link #SKIP} for a repeat of what is known, or {@link #NONE}.
     */
    private int choose(int[] cands, String text, int from, int to, int start, int prov, int city) {
        boolean road = roadFollows(text, to);
        int length = to - from;
        int districts = 0;
        for (int e : cands) {
            districts += level[e >>> 2] == DISTRICT ? 1 : 0;
        }
        for (int lv = PROVINCE; lv <= DISTRICT; lv++) {
            int found = NONE;
            boolean repeat = false;
            boolean ambiguous = false;
            for (int e : cands) {
                int d = e >>> 2;
                int kind = e & 3;
                if (level[d] != lv || kind == SHORT && road) {
                    continue;
                }
                boolean alone = from == start && districts == 1 && (kind != SHORT || placeFollows(text, to));
                int verdict = fits(d, kind, length, alone, prov, city);
                if (verdict == SKIP) {
                    repeat = true;
                } else if (verdict >= 0) {
                    if (found >= 0 && found != d) {
                        ambiguous = true;
                    }
                    found = d;
                }
            }
            if (repeat) {
                return SKIP;
            }
            if (ambiguous) {
                return NONE;
            }
            if (found >= 0) {
                return found;
            }
        }
        return NONE;
    }

    private int fits(int d, int kind, int length, boolean alone, int prov, int city) {
        switch (level[d]) {
            case PROVINCE:
                return prov < 0 ? d : d == prov ? SKIP : NONE;
            case CITY:
                if (city >= 0) {
                    return d == city ? SKIP : NONE;
                }
                return prov < 0 || province[d] == prov ? d : NONE;
            default:
                if (city >= 0) {
                    return cityOf[d] == city ? d : NONE;
                }
                if (kind == SHORT && !countyCity[d]) {
                    return NONE;
                }
                if (prov >= 0) {
                    return province[d] == prov ? d : NONE;
                }
                return alone && (length >= 3 || kind == SHORT) ? d : NONE;
        }
    }

    /** Words that, right after a bare county-level short name, show it names a place (昆山开发区, 义乌国际商贸城). */
    private static final List<String> PLACE_WORDS = List.of("经济", "开发", "高新", "工业", "保税", "国际", "新区", "港区",
            "城区", "市区", "街道");

    /**
     * Whether a bare short name at the start of an address is followed by what shows it is a place: the end, a
     * non-Chinese character, 市, 镇, 乡 or a word such as 开发区. 东方红路 and 江山化工 are not 东方市 and 江山市.
     */
    private static boolean placeFollows(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        if (c < 0x3400 || c == '市' || c == '镇' || c == '乡') {
            return true;
        }
        for (String word : PLACE_WORDS) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** A road word right after a name: the name is part of a street (延安西路, 中山大道, 天河路). */
    private static boolean roadFollows(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '路' || c == '街' || c == '道' || c == '巷' || c == '弄') {
            return true;
        }
        if (at + 1 < text.length() && "东西南北中大".indexOf(c) >= 0) {
            char c2 = text.charAt(at + 1);
            return c2 == '路' || c2 == '街' || c2 == '道';
        }
        return false;
    }

    /** Index of the first CJK character after a leading postcode, punctuation and 中国 / 中华人民共和国, or -1. */
    private static int contentStart(String text) {
        int i = firstCjk(text, 0);
        if (i < 0) {
            return -1;
        }
        if (text.startsWith("中华人民共和国", i)) {
            i = firstCjk(text, i + 7);
        } else if (text.startsWith("中国", i) || text.startsWith("中國", i)) {
            int next = firstCjk(text, i + 2);
            // 中国台湾, 中国香港 stay whole (they are aliases); 中国四川省 reads from 四川.
            i = next < 0 ? i : next;
        }
        return i;
    }

    private static int firstCjk(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                return i;
            }
        }
        return -1;
    }

    private ChinaPlace place(int prov, int city, int dist) {
        return new ChinaPlace(names[prov], city < 0 ? null : names[city], dist < 0 ? null : names[dist]);
    }

    // ------------------------------------------------------------------------------------------- trie

    /**
     * A character trie whose edges live in one open-addressing hash table keyed by (node, character): compact,
     * no per-node objects, and one array probe per character.
     */
    private static final class Trie {
        private static final long EMPTY = -1L;

        private final long[] keys;
        private final int[] children;
        private final int mask;
        private final int[][] candidates;
        private final boolean[] startChars;

        private Trie(long[] keys, int[] children, int[][] candidates, boolean[] startChars) {
            this.keys = keys;
            this.children = children;
            this.mask = keys.length - 1;
            this.candidates = candidates;
            this.startChars = startChars;
        }

        boolean starts(char c) {
            return startChars[c];
        }

        int child(int node, char c) {
            long key = (long) node << 16 | c;
            int h = hash(key) & mask;
            while (true) {
                long k = keys[h];
                if (k == key) {
                    return children[h];
                }
                if (k == EMPTY) {
                    return -1;
                }
                h = h + 1 & mask;
            }
        }

        int[] candidates(int node) {
            return candidates[node];
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 29);
        }

        static final class Builder {
            private final Map<Long, Integer> edges = new HashMap<>();
            private final List<int[]> values = new ArrayList<>(List.of(new int[0]));
            private final boolean[] startChars = new boolean[65536];

            void put(String key, int[] cands) {
                int node = 0;
                for (int i = 0; i < key.length(); i++) {
                    long edge = (long) node << 16 | key.charAt(i);
                    Integer next = edges.get(edge);
                    if (next == null) {
                        next = values.size();
                        values.add(null);
                        edges.put(edge, next);
                    }
                    node = next;
                }
                values.set(node, cands);
                startChars[key.charAt(0)] = true;
            }

            Trie build() {
                int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
                long[] keys = new long[capacity];
                int[] children = new int[capacity];
                Arrays.fill(keys, EMPTY);
                int mask = capacity - 1;
                for (Map.Entry<Long, Integer> e : edges.entrySet()) {
                    long key = e.getKey();
                    int h = hash(key) & mask;
                    while (keys[h] != EMPTY) {
                        h = h + 1 & mask;
                    }
                    keys[h] = key;
                    children[h] = e.getValue();
                }
                int[][] cands = values.toArray(new int[0][]);
                cands[0] = null;
                return new Trie(keys, children, cands, startChars);
            }
        }
    }
}
