package dev.navi.clean.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-2 country codes from the text patent exports carry: name tags, addresses, country columns.
 *
 * <p>The names come from {@code countries.tsv} beside this class (English and Chinese names, official long
 * names, abbreviations such as USA, U.K., P.R. China, Chinese variants such as 美利坚合众国, 大韩民国). Hong Kong,
 * Macao and Taiwan have their own codes (HK, MO, TW) as in the offices' data; whether to count them under CN is
 * a decision for a later stage. All methods are static, thread-safe and accept {@code null}; none returns
 * {@code null}.
 */
public final class Countries {

    private static final String RESOURCE = "countries.tsv";

    private static final Pattern TAG = Pattern.compile("[\\[(（【]\\s*([A-Z]{2})\\s*[\\])）】]\\s*$");
    private static final Pattern CODE_AFTER = Pattern.compile("^(.*?)\\s*[(（\\[]\\s*([A-Za-z]{2,3})\\s*[)）\\]]$");
    private static final Pattern CODE_BEFORE = Pattern.compile("^([A-Za-z]{2,3})\\s*(?:[(（\\[](.*)[)）\\]]|[\\s:：/-]+(.+))$");
    private static final Pattern US_ZIP = Pattern.compile("\\b([A-Z]{2})\\.?,?\\s*(\\d{5})(?:-\\d{4})?\\b");
    private static final Pattern SEGMENTS = Pattern.compile("[,;，；、\\r\\n]+");

    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC");

    /** Names that end addresses in two countries: Atlanta, Georgia is US, Tbilisi, Georgia is GE. */
    private static final Set<String> AMBIGUOUS_IN_ADDRESSES = Set.of("georgia");

    /** Full state names that end a US address without a country; Georgia is left out (also a country). */
    private static final Set<String> US_STATE_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "district of columbia");

    /** Japanese legal forms; in Chinese-language exports 株式会社 also renders Korean 주식회사. */
    private static final List<String> JP_FORMS = List.of("株式会社", "株式會社", "有限会社", "有限會社", "合同会社");

    /**
     * Korean groups whose Chinese names carry 株式会社 in CNIPA data (三星电子株式会社, LG化学株式会社): with one of
     * these, 株式会社 proves nothing.
     */
    private static final List<String> KOREAN_MARKERS = List.of("韩国", "韓國", "大韩", "大韓", "三星", "乐金", "LG", "现代",
            "起亚", "SK", "斗山", "浦项", "韩华", "晓星", "乐天", "希杰", "CJ", "锦湖", "爱茉莉", "海力士", "可隆", "新韩");

    /** Endings of Chinese organisation names (企业名称: 行政区划 + 字号 + 行业 + 组织形式). */
    private static final List<String> CHINESE_FORMS = List.of("有限公司", "有限责任公司", "有限責任公司", "集团",
            "集團", "研究院", "研究所", "大学", "大學", "学院", "學院", "医院", "醫院", "合作社", "厂", "廠");

    private static final Pattern PARENTHESISED_PLACE = Pattern.compile("[（(]([\\u3400-\\u9fff]{2,12})[）)]");

    private Countries() {
    }

    // ------------------------------------------------------------------------------------------- table

    private record Country(String iso2, String iso3, String nameEn, String nameZh) {
    }

    private static final class Table {
        static final Table INSTANCE = read();

        final Map<String, Country> byCode;
        /** Normalised names and aliases, for addresses and fields. */
        final Map<String, String> names;
        /** Names plus bare ISO alpha-2 and alpha-3 codes, for country fields. */
        final Map<String, String> fieldNames;
        /** Chinese names and aliases (two characters or more), for the start and end of Chinese addresses. */
        final Map<String, String> zhNames;
        final boolean[] zhStarts = new boolean[65536];
        final boolean[] zhEnds = new boolean[65536];
        final int zhMax;

        private Table(List<String[]> rows) {
            Map<String, Country> codes = new HashMap<>();
            Map<String, String> n = new HashMap<>();
            Set<String> clash = new HashSet<>();
            Map<String, String> zh = new HashMap<>();
            int max = 0;
            for (String[] r : rows) {
                Country c = new Country(r[0], r[1], r[2], r[3]);
                codes.put(c.iso2(), c);
                List<String> all = new ArrayList<>();
                all.add(c.nameEn());
                all.add(c.nameZh());
                if (!r[4].isBlank()) {
                    all.addAll(List.of(r[4].split("\\|")));
                }
                for (String name : all) {
                    String key = key(name);
                    if (key.isEmpty()) {
                        continue;
                    }
                    String before = n.putIfAbsent(key, c.iso2());
                    if (before != null && !before.equals(c.iso2())) {
                        clash.add(key);
                    }
                    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
                    if (nfkc.length() >= 2 && isCjk(nfkc.charAt(0)) && isCjk(nfkc.charAt(nfkc.length() - 1))) {
                        zh.put(nfkc, c.iso2());
                        max = Math.max(max, nfkc.length());
                    }
                }
            }
            clash.forEach(n::remove);
            Map<String, String> f = new HashMap<>(n);
            for (Country c : codes.values()) {
                f.putIfAbsent(c.iso2().toLowerCase(Locale.ROOT), c.iso2());
                f.putIfAbsent(c.iso3().toLowerCase(Locale.ROOT), c.iso2());
            }
            for (String name : zh.keySet()) {
                zhStarts[name.charAt(0)] = true;
                zhEnds[name.charAt(name.length() - 1)] = true;
            }
            byCode = Collections.unmodifiableMap(codes);
            names = Collections.unmodifiableMap(n);
            fieldNames = Collections.unmodifiableMap(f);
            zhNames = Collections.unmodifiableMap(zh);
            zhMax = max;
        }

        private static Table read() {
            try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String[]> rows = new ArrayList<>(260);
                boolean header = false;
                int lineNo = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (!header) {
                        header = true;
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 5 || !f[0].matches("[A-Z]{2}") || !f[1].matches("[A-Z]{3}")) {
                        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": malformed row");
                    }
                    rows.add(f);
                }
                return new Table(rows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** Every ISO 3166-1 alpha-2 code the table knows, sorted. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(new TreeSet<>(Table.INSTANCE.byCode.keySet()));
    }

    /** Whether {@code iso2} is an ISO 3166-1 alpha-2 code the table knows (upper case). */
    public static boolean isCode(String iso2) {
        return iso2 != null && Table.INSTANCE.byCode.containsKey(iso2);
    }

    /**
     * Chinese short name: 美国, 日本, 中国香港.
     *
     * @throws IllegalArgumentException for a code the table does not know
     */
    public static String nameZh(String iso2) {
        return country(iso2).nameZh();
    }

    /**
     * English short name: United States, Japan, Hong Kong.
     *
     * @throws IllegalArgumentException for a code the table does not know
     */
    public static String nameEn(String iso2) {
        return country(iso2).nameEn();
    }

    /** Patent offices and systems that publish under a code of their own, not a country's: zh and en names. */
    private static final Map<String, String[]> OFFICES = Map.of(
            "EP", new String[] {"欧洲专利局", "European Patent Office"},
            "WO", new String[] {"PCT国际申请", "PCT (WO)"},
            "EA", new String[] {"欧亚专利局", "Eurasian Patent Office"},
            "AP", new String[] {"非洲地区知识产权组织", "ARIPO"},
            "OA", new String[] {"非洲知识产权组织", "OAPI"},
            "GC", new String[] {"海湾合作委员会专利局", "GCC Patent Office"});

    /**
     * What a reader sees for a patent country or office code (an origin, a publication market): the country's short
     * name, a regional office's name (EP, WO, EA ...), or the code itself when neither table knows it.
     */
    public static String label(String code, boolean english) {
        if (code == null) {
            return null;
        }
        String[] office = OFFICES.get(code.toUpperCase(Locale.ROOT));
        if (office != null) {
            return english ? office[1] : office[0];
        }
        Country c = Table.INSTANCE.byCode.get(code.toUpperCase(Locale.ROOT));
        return c == null ? code : english ? c.nameEn() : c.nameZh();
    }

    private static Country country(String iso2) {
        Country c = iso2 == null ? null : Table.INSTANCE.byCode.get(iso2.toUpperCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
        }
        return c;
    }

    // ------------------------------------------------------------------------------------------- resolution

    /**
     * The country tag glued to the end of a name, as Derwent and several other exports write it:
     * {@code ELWHA LLC [US]}, {@code SIEMENS AG (DE)}, {@code 华为技术有限公司（CN）}. Only two upper-case letters
     * that are an ISO code count (UK is read as GB); {@code (EP)}, {@code [WO]} give nothing.
     */
    public static Optional<String> fromTag(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1).equals("UK") ? "GB" : m.group(1);
        return isCode(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * The country of an address. Read, in this order: a Chinese country name at the start ({@code 日本国东京都},
     * {@code 美国加利福尼亚州}, {@code 中国台湾新竹市}); a Chinese province or city ({@code 四川省成都市} → CN,
     * {@code 香港九龙} → HK, {@code 台湾省新竹市} → TW); a Chinese country name at the end; the last
     * comma-separated part, or its last words ({@code ..., Tokyo, Japan}, {@code Seoul, Republic of Korea},
     * {@code Tokyo 100-0005 Japan}, {@code U.S.A.}, {@code P.R. China}, {@code Kowloon, Hong Kong, China}); a
     * US state with ZIP code ({@code Austin, TX 78701}) or a US state name at the end; a first part that is a
     * country name on its own; a country tag at the end ({@code Kawasaki-shi 210-8520 (JP)}). Bare two-letter
     * codes are not read in addresses ({@code CA} is California), and an address ending in Georgia gives nothing
     * unless a ZIP code shows the state.
     */
    public static Optional<String> fromAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(address, Normalizer.Form.NFKC).strip();
        int cjk = firstCjk(s);
        if (cjk >= 0) {
            Optional<String> zh = chineseAddress(s, cjk);
            if (zh.isPresent()) {
                return zh;
            }
        }
        Table t = Table.INSTANCE;
        List<String> parts = new ArrayList<>();
        for (String p : SEGMENTS.split(s)) {
            String k = key(p);
            if (!k.isEmpty()) {
                parts.add(k);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() >= 2) {
            String code = t.names.get(parts.get(parts.size() - 2) + " " + parts.get(parts.size() - 1));
            if (code != null) {
                return Optional.of(code);
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : parts.get(parts.size() - 1).split(" ")) {
            if (w.chars().noneMatch(Character::isDigit)) {
                words.add(w);                          // postcodes (100-8310, 138632) are not part of a name
            }
        }
        for (int k = Math.min(5, words.size()); k >= 1; k--) {
            String tail = String.join(" ", words.subList(words.size() - k, words.size()));
            if (US_STATE_NAMES.contains(tail)) {
                return Optional.of("US");
            }
            if (AMBIGUOUS_IN_ADDRESSES.contains(tail)) {
                break;
            }
            String code = t.names.get(tail);
            if (code != null) {
                return Optional.of(code);
            }
        }
        Optional<String> tag = fromTag(s);
        if (tag.isPresent()) {
            return tag;
        }
        Matcher zip = US_ZIP.matcher(s);
        while (zip.find()) {
            if (US_STATES.contains(zip.group(1))) {
                return Optional.of("US");
            }
            if (zip.group(1).equals("PR")) {
                return Optional.of("PR");
            }
        }
        String first = parts.get(0);
        return AMBIGUOUS_IN_ADDRESSES.contains(first) ? Optional.empty() : Optional.ofNullable(t.names.get(first));
    }

    private static Optional<String> chineseAddress(String s, int cjk) {
        Table t = Table.INSTANCE;
        ChinaDivisions divisions = ChinaDivisions.standard();
        String head = zhNameAt(s, cjk);
        if (head != null) {
            String code = t.zhNames.get(head);
            if (isChinese(code) || divisions.longestNameAt(s, cjk) <= head.length()) {
                return Optional.of(code);
            }
        }
        Optional<ChinaPlace> place = divisions.parseAddress(s);
        if (place.isPresent()) {
            return Optional.of(countryOf(place.get()));
        }
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && t.zhEnds[s.charAt(end - 1)]) {
            for (int len = Math.min(t.zhMax, end); len >= 2; len--) {
                String code = t.zhNames.get(s.substring(end - len, end));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The country of an export's country column: {@code CN}, {@code CHN}, {@code 中国}, {@code China},
     * {@code 美国}, {@code US}, {@code 日本(JP)}, {@code JP（日本）}, {@code KR 韩国}, {@code 中国台湾}. One value;
     * multi-value cells are split by the caller. A value that is none of these is read as an address.
     */
    public static Optional<String> fromCountryField(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        Table t = Table.INSTANCE;
        String code = t.fieldNames.get(key(s));
        if (code != null) {
            return Optional.of(code);
        }
        Matcher after = CODE_AFTER.matcher(s);
        if (after.matches()) {
            Optional<String> c = taggedCode(after.group(2), after.group(1));
            if (c.isPresent()) {
                return c;
            }
        }
        Matcher before = CODE_BEFORE.matcher(s);
        if (before.matches()) {
            Optional<String> c = taggedCode(before.group(1), before.group(2) != null ? before.group(2) : before.group(3));
            if (c.isPresent()) {
                return c;
            }
        }
        return fromAddress(s);
    }

    /** A code written beside a name ({@code 日本(JP)}): taken when the name says the same country. */
    private static Optional<String> taggedCode(String codeText, String nameText) {
        String code = Table.INSTANCE.fieldNames.get(codeText.toLowerCase(Locale.ROOT));
        if (code == null || nameText == null || nameText.isBlank()) {
            return Optional.empty();
        }
        return code.equals(Table.INSTANCE.fieldNames.get(key(nameText))) ? Optional.of(code) : Optional.empty();
    }

    /**
     * A country from the applicant's name alone, using only evidence that the name itself proves:
     * <ul>
     *   <li>a country tag ({@code ELWHA LLC [US]}) → {@link CountryGuess.Source#NAME_TAG};</li>
     *   <li>Hangul → KR, Japanese kana → JP (no other country writes them) → {@code NAME_SCRIPT};</li>
     *   <li>a Japanese legal form (株式会社, 有限会社, 合同会社) → JP, unless the name also carries a Korean group
     *       (三星, LG, 现代 ...), because Chinese-language exports render Korean 주식회사 as 株式会社 too;</li>
     *   <li>a Chinese organisation name (ending in 有限公司, 集团, 研究院, 大学 ...) that starts with a Chinese
     *       place, or names it in brackets before its legal form ({@code 四川长虹电器股份有限公司},
     *       {@code 腾讯科技（深圳）有限公司}), as the naming rules for Chinese enterprises require → CN (HK, MO or TW
     *       when the place is there).</li>
     * </ul>
     * Weaker evidence is deliberately not used. Chinese characters alone prove nothing: Chinese-language exports
     * give every foreign applicant a Chinese name (国际商业机器公司 is IBM), and Taiwan, Hong Kong and Singapore
     * write Chinese too. Legal forms are shared across countries (Ltd, Inc, GmbH, AG, S.A.; 有限公司 translates
     * GmbH and Ltd alike), a romanised Chinese name may belong to a subsidiary anywhere, and a foreign name may
     * contain a Chinese city by chance (德州仪器 is Texas Instruments). A wrong country is worse than none: the
     * clean stage falls back to the priority and publication offices, which say how weak they are.
     */
    public static Optional<CountryGuess> guessFromName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<String> tag = fromTag(name);
        if (tag.isPresent()) {
            return Optional.of(new CountryGuess(tag.get(), CountryGuess.Source.NAME_TAG));
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (hasHangul(s)) {
            return script("KR");
        }
        if (hasKana(s)) {
            return script("JP");
        }
        if (JP_FORMS.stream().anyMatch(s::contains)) {
            return KOREAN_MARKERS.stream().anyMatch(s::contains) ? Optional.empty() : script("JP");
        }
        if (CHINESE_FORMS.stream().anyMatch(s::endsWith)) {
            ChinaDivisions divisions = ChinaDivisions.standard();
            Optional<ChinaPlace> place = divisions.leadingPlace(s);
            if (place.isEmpty()) {
                Matcher m = PARENTHESISED_PLACE.matcher(s);
                while (place.isEmpty() && m.find()) {
                    place = divisions.parseAddress(m.group(1));
                }
            }
            if (place.isPresent()) {
                return script(countryOf(place.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<CountryGuess> script(String code) {
        return Optional.of(new CountryGuess(code, CountryGuess.Source.NAME_SCRIPT));
    }

    /** CN, or HK, MO, TW for places in those regions. */
    static String countryOf(ChinaPlace place) {
        return switch (place.province()) {
            case "台湾省" -> "TW";
            case "香港特别行政区" -> "HK";
            case "澳门特别行政区" -> "MO";
            default -> "CN";
        };
    }

    private static boolean isChinese(String code) {
        return code.equals("CN") || code.equals("HK") || code.equals("MO") || code.equals("TW");
    }

    /**
     * Length of the longest Chinese name of a country other than China (and its HK, MO, TW) that starts at
     * {@code from}, 0 if none: 日本国, 美国, 韩国.
     */
    static int foreignNameLengthAt(String text, int from) {
        String name = zhNameAt(text, from);
        return name == null || isChinese(Table.INSTANCE.zhNames.get(name)) ? 0 : name.length();
    }

    /** The longest Chinese country name starting at {@code from}, or {@code null}. */
    private static String zhNameAt(String text, int from) {
        Table t = Table.INSTANCE;
        if (from >= text.length() || !t.zhStarts[text.charAt(from)]) {
            return null;
        }
        for (int len = Math.min(t.zhMax, text.length() - from); len >= 2; len--) {
            String candidate = text.substring(from, from + len);
            if (t.zhNames.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- text

    /**
     * Normal form for comparing names: NFKC, lower case, dots and apostrophes dropped (U.S.A. = USA, People's =
     * Peoples), any other punctuation a space, spaces collapsed, a leading "the" dropped.
     */
    private static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '’') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        String k = b.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static int firstCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    private static boolean hasHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F) {
                return true;
            }
        }
        return false;
    }

    /** Hiragana or katakana, not counting the middle dot and the long-vowel mark that Chinese text borrows. */
    private static boolean hasKana(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3041 && c <= 0x30FA || c >= 0x31F0 && c <= 0x31FF) {
                return true;
            }
        }
        return false;
    }
}
