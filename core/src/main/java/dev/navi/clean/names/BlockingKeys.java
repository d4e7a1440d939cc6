package dev.navi.clean.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The looser keys that {@link NameClusterer} buckets names by, one per fuzzy {@link MergeRule}. Each is a pure
 * function of the matching key, so bucketing is linear in the number of names. A method returns {@code null}
 * when its rule does not apply to the key (too short, nothing to change).
 */
final class BlockingKeys {

    /** Abbreviations and spelled-out words mapped to one form, as Derwent/Lens and the applicants write them. */
    private static final Map<String, String> ABBREVIATIONS = abbreviations(
            "tech technology technologies techn technol",
            "int international internat intl",
            "univ university universities universitat universite universidad universita universiteit",
            "inst institute institutes institut instituto istituto",
            "lab laboratory laboratories labs laboratoire laboratoires",
            "mfg manufacturing manufacture manufacturer manufacturers",
            "ind industries industry industrial indus",
            "electronics electronic elect electron",
            "eng engineering engn engineers",
            "res research",
            "dev development developments devel",
            "sys system systems syst",
            "comm communications communication commun",
            "pharm pharmaceuticals pharmaceutical pharma",
            "chem chemical chemicals",
            "prod products product",
            "serv services service svcs",
            "amer america american americas",
            "nat national natl",
            "assoc association associates assn",
            "ctr center centre",
            "med medical",
            "sci science sciences scientific",
            "mach machines machine machinery",
            "motor motors",
            "tel telephone teleph",
            "instr instruments instrument",
            "mat materials material",
            "hldg holdings holding",
            "mgmt management mgt",
            "bros brothers",
            "gen general",
            "elec electric electrical",
            "semiconductor semiconductors semicond",
            "equip equipment",
            "co company companies",
            "corp corporation",
            "aero aeronautic aeronautics aeronautical",
            "astro astronautic astronautics astronautical",
            "agr agricultural agriculture agricult agric",
            "telecom telecommunications telecommunication telecomm",
            "polytech polytechnic polytechnical");
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "de", "du", "des", "la", "le",
            "der", "die", "das", "und", "fur", "zur", "zum", "di", "del", "da", "do", "y", "et", "at", "in", "on");

    /** Place forms by their first character: {form, short form}, longest form first. */
    private static final Map<Character, List<String[]>> PLACES = loadPlaces();

    private BlockingKeys() {
    }

    /** The key without spaces, or null when it has none. */
    static String compact(String key) {
        return key.indexOf(' ') < 0 ? null : key.replace(" ", "");
    }

    /** The key's words sorted, or null for a one-word key or one already in order. */
    static String tokenSorted(String key) {
        if (key.indexOf(' ') < 0) {
            return null;
        }
        String[] words = key.split(" ");
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        return Arrays.equals(words, sorted) ? key : String.join(" ", sorted);
    }

    /**
     * Abbreviations unified, plurals folded, small words dropped, words sorted; null when fewer than two words
     * remain (a one-word key is too short to be matched loosely).
     */
    static String abbreviated(String key) {
        if (key.indexOf(' ') < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (SMALL_WORDS.contains(w)) {
                continue;
            }
            String a = ABBREVIATIONS.get(w);
            if (a == null && w.length() > 4 && w.endsWith("ies")) {
                a = ABBREVIATIONS.getOrDefault(w.substring(0, w.length() - 3) + "y", w.substring(0, w.length() - 3) + "y");
            } else if (a == null && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
                a = ABBREVIATIONS.getOrDefault(w.substring(0, w.length() - 1), w.substring(0, w.length() - 1));
            }
            out.add(a == null ? w : a);
        }
        if (out.size() < 2) {
            return null;
        }
        out.sort(Comparator.naturalOrder());
        return String.join(" ", out);
    }

    private static final Set<String> PLACE_FORMS = placeForms();

    private static Set<String> placeForms() {
        java.util.HashSet<String> set = new java.util.HashSet<>();
        for (List<String[]> l : PLACES.values()) {
            for (String[] p : l) {
                if (NameNormaliser.isCjk(p[0].charAt(0))) {
                    set.add(p[0]);
                }
            }
        }
        return Set.copyOf(set);
    }

    /** The length of the Chinese place name a CJK token ends with (武汉, 武汉市, 广东省), or 0. */
    static int trailingPlace(String token) {
        for (int len = Math.min(4, token.length() - 1); len >= 2; len--) {
            if (PLACE_FORMS.contains(token.substring(token.length() - len))) {
                return len;
            }
        }
        return 0;
    }

    /** A key without its leading place names, and the innermost place removed (its short form). */
    record Placed(String rest, String place) {
    }

    /**
     * Removes leading provinces/cities (repeatedly: 广东省深圳市…); null when there is none or the rest is too short
     * to identify a firm (fewer than 4 CJK characters, or fewer than 2 Latin words).
     */
    static Placed withoutPlace(String key) {
        String rest = key;
        String place = null;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            List<String[]> candidates = PLACES.get(rest.charAt(0));
            if (candidates == null) {
                break;
            }
            for (String[] p : candidates) {
                String form = p[0];
                boolean latin = form.charAt(0) < 0x80;
                if (rest.startsWith(form) && (!latin || rest.length() > form.length() && rest.charAt(form.length()) == ' ')) {
                    rest = rest.substring(form.length()).strip();
                    place = p[1];
                    changed = true;
                    break;
                }
            }
        }
        if (place == null || rest.isEmpty()) {
            return null;
        }
        boolean cjk = NameNormaliser.isCjk(rest.charAt(0));
        if (cjk ? rest.length() < 4 : rest.split(" ").length < 2) {
            return null;
        }
        return new Placed(rest, place);
    }

    // ------------------------------------------------------------------------------------- legal descriptions

    /** Words of a legal description ("a limited liability corporation of the State of Delaware"). */
    private static final Set<String> DESCRIPTION_WORDS = Set.of("a", "an", "the", "of", "ltd", "limited", "liability",
            "corp", "corporation", "company", "co", "llc", "inc", "incorporated", "state", "organized", "organised",
            "existing", "under", "laws", "duly", "and", "its", "in");
    /** US states and territories that legal descriptions name (one word each; the most frequent in patent records). */
    private static final Set<String> STATES = Set.of("delaware", "nevada", "california", "texas", "florida", "washington",
            "massachusetts", "michigan", "ohio", "illinois", "georgia", "virginia", "minnesota", "oregon", "utah",
            "colorado", "arizona", "wisconsin", "indiana", "pennsylvania", "maryland", "connecticut", "missouri",
            "tennessee", "wyoming");
    private static final List<String> DESCRIPTION_MARKERS = List.of("liability", "delaware");
    private static final Set<String> LEGAL_WORDS = Set.of("ltd", "limited", "corp", "corporation", "company", "co", "llc",
            "inc", "incorporated");

    /**
     * The firm's own words in a fragment of a long legal name: {@code liability corp of the state of delaware elwha
     * llc a ltd} → {@code elwha}. Applies only when the key holds a description marker (liability, or a state with a
     * legal-form word; misspellings within two edits count: liablitiy, delewere); the description words, states
     * and legal forms are removed and the rest, in order, must hold at least four letters and a word that is not
     * generic. Null when the key holds no legal description.
     */
    static String withoutLegalDescription(String key) {
        if (key.indexOf(' ') < 0 || !(key.contains("liab") || key.contains("dela") || key.contains("dele")
                || key.contains(" laws") || key.contains("organi") || hasState(key))) {
            return null;
        }
        String[] words = key.split(" ");
        boolean marker = false;
        boolean legal = false;
        boolean state = false;
        List<String> core = new ArrayList<>();
        for (String w : words) {
            if (isMarker(w)) {
                marker = true;
            } else if (STATES.contains(w)) {
                state = true;
            } else if (DESCRIPTION_WORDS.contains(w)) {
                legal |= LEGAL_WORDS.contains(w);
                marker |= w.equals("laws") || w.startsWith("organi");
            } else {
                core.add(w);
            }
        }
        if (!(marker || (state && legal)) || core.isEmpty()) {
            return null;
        }
        int letters = 0;
        boolean specific = false;
        for (String w : core) {
            letters += w.length();
            specific |= !ABBREVIATIONS.containsKey(w) && !SMALL_WORDS.contains(w);
        }
        return letters >= 4 && specific ? String.join(" ", core) : null;
    }

    private static boolean hasState(String key) {
        for (String w : key.split(" ")) {
            if (STATES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarker(String w) {
        for (String m : DESCRIPTION_MARKERS) {
            if (w.equals(m) || (w.length() >= 7 && Math.abs(w.length() - m.length()) <= 2 && w.charAt(0) == m.charAt(0)
                    && distance(w, m, 2) <= 2)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- romanisation

    private static final Set<String> PINYIN = pinyinSyllables();

    /**
     * The abbreviation key after joining adjacent pinyin syllables written apart ({@code shanghai jiao tong
     * university} → {@code jiaotong shanghai univ}); only for keys with a university or institute word, null when
     * nothing was joined.
     */
    static String romanised(String key) {
        if (!(key.contains("univ") || key.contains("inst") || key.contains("college"))) {
            return null;
        }
        String[] words = key.split(" ");
        List<String> out = new ArrayList<>();
        boolean joined = false;
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length && PINYIN.contains(words[i]) && PINYIN.contains(words[i + 1])
                    && !SMALL_WORDS.contains(words[i]) && !SMALL_WORDS.contains(words[i + 1])) {
                out.add(words[i] + words[i + 1]);
                i++;
                joined = true;
            } else {
                out.add(words[i]);
            }
        }
        return joined ? abbreviated(String.join(" ", out)) : null;
    }

    /** Pinyin syllables without tones: every initial with every final (a superset of the real ~400 syllables). */
    private static Set<String> pinyinSyllables() {
        String[] initials = {"", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r",
            "z", "c", "s", "y", "w"};
        String[] finals = {"a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in",
            "un", "ang", "eng", "ing", "ong", "iang", "iong", "ian", "iao", "uan", "uang", "uai", "ua", "uo", "ve"};
        java.util.HashSet<String> set = new java.util.HashSet<>();
        for (String i : initials) {
            for (String f : finals) {
                set.add(i + f);
            }
        }
        return Set.copyOf(set);
    }

    // ----------------------------------------------------------------------------------------------- typos

    /**
     * Words that are real and distinct, so one edit between two of them is no typo: abbreviation-table words,
     * compass words and Chinese province and city names in pinyin (Hunan / Henan, Shanxi / Shaanxi, Hubei / Hebei).
     */
    private static final Set<String> REAL_WORDS = realWords();
    private static final List<String> LEGAL_FORMS_SPELT = List.of("company", "corporation", "incorporated", "limited",
            "gesellschaft", "aktiengesellschaft");

    static boolean realWord(String w) {
        return REAL_WORDS.contains(w) || ABBREVIATIONS.containsKey(w);
    }

    /** Whether a word is one of the abbreviation table's organisation words (univ, inst, tech, corp ...). */
    static boolean orgWord(String w) {
        return ABBREVIATIONS.containsKey(w);
    }

    /**
     * The key without a misspelt legal form at its end ({@code cargill incorporateed} → {@code cargill}); null
     * when the last word is no misspelt legal form (exact forms are already removed by the normaliser).
     */
    static String withoutMisspeltForm(String key) {
        int sp = key.lastIndexOf(' ');
        if (sp < 0) {
            return null;
        }
        String last = key.substring(sp + 1);
        if (last.length() < 6) {
            return null;
        }
        for (String form : LEGAL_FORMS_SPELT) {
            int allowed = form.length() >= 8 ? 2 : 1;
            if (!last.equals(form) && Math.abs(last.length() - form.length()) <= allowed && last.charAt(0) == form.charAt(0)
                    && distance(last, form, allowed) <= allowed) {
                return key.substring(0, sp);
            }
        }
        return null;
    }

    /**
     * Edits a word of this length may differ by and still be a typo: one, two from eleven letters. The typos in real
     * exports are one slip (Lincensing, Operaitons, Technolgy, Reprensented); two edits in a short word make
     * another name.
     */
    static int typoAllowance(int length) {
        return length >= 11 ? 2 : 1;
    }

    /** Whether two first letters may differ in a typo: only the OCR confusions l/i/1 and o/0 (LNSTITUTE). */
    static boolean sameStart(char a, char b) {
        return a == b || ("li1".indexOf(a) >= 0 && "li1".indexOf(b) >= 0) || ("o0".indexOf(a) >= 0 && "o0".indexOf(b) >= 0);
    }

    /**
     * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: {@code Operaitons}), giving up
     * with {@code limit + 1} once a whole row exceeds the limit.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static Set<String> realWords() {
        java.util.HashSet<String> set = new java.util.HashSet<>(List.of("north", "south", "east", "west", "northern",
                "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
                "northwestern", "southeastern", "southwestern", "central", "electric", "electronic", "electrical",
                "electronics", "general", "generic", "national", "international", "chemical", "physical", "medical",
                "mechanical", "industrial", "material", "materials", "american", "america", "asia", "europe", "board",
                "broad", "global", "digital", "optical", "energy", "energies", "power", "motor", "motors", "metal", "metals",
                "marine", "mining", "pacific", "atlantic", "normal", "forest", "forestry", "ocean", "oceanic"));
        set.addAll(List.of("beijing", "tianjin", "shanghai", "chongqing", "hebei", "shanxi", "shaanxi", "liaoning", "jilin",
                "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan",
                "guangdong", "hainan", "sichuan", "guizhou", "yunnan", "gansu", "qinghai", "taiwan", "guangxi", "xinjiang",
                "ningxia", "xizang", "tibet", "hongkong", "macau", "macao", "shenzhen", "guangzhou", "hangzhou", "nanjing",
                "wuhan", "chengdu", "xian", "suzhou", "wuxi", "ningbo", "qingdao", "dalian", "shenyang", "harbin",
                "changchun", "jinan", "zhengzhou", "changsha", "nanchang", "fuzhou", "xiamen", "hefei", "kunming",
                "guiyang", "nanning", "lanzhou", "taiyuan", "shijiazhuang", "huzhou", "jiaxing", "shaoxing", "taizhou",
                "wenzhou", "jinhua", "yangzhou", "zhenjiang", "changzhou", "nantong", "xuzhou", "yantai", "weifang",
                "dongguan", "foshan", "zhuhai", "zhongshan", "huizhou", "jiangmen", "shantou", "jiaotong", "jiao"));
        return Set.copyOf(set);
    }

    // ------------------------------------------------------------------------------------- encoding wildcards

    /**
     * Whether {@code pattern}, whose {@code ?} each stand for one or two lost letters, matches {@code word}
     * ({@code m?rsk} matches {@code maersk}; a {@code ?} in the word matches a {@code ?} or letter of the pattern).
     */
    static boolean wildcardMatch(String pattern, String word) {
        return match(pattern, 0, word, 0);
    }

    private static boolean match(String p, int i, String w, int j) {
        while (i < p.length() && j < w.length() && p.charAt(i) != '?' && w.charAt(j) != '?') {
            if (p.charAt(i) != w.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
        if (i == p.length() || j == w.length()) {
            return i == p.length() && j == w.length();
        }
        if (p.charAt(i) == '?') {
            return match(p, i + 1, w, j + 1) || (j + 2 <= w.length() && match(p, i + 1, w, j + 2));
        }
        return match(p, i + 1, w, j + 1); // '?' in the word: one letter of the pattern
    }

    private static Map<String, String> abbreviations(String... groups) {
        Map<String, String> map = new HashMap<>();
        for (String g : groups) {
            String[] words = g.split(" ");
            for (String w : words) {
                map.put(w, words[0]);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<Character, List<String[]>> loadPlaces() {
        Map<Character, List<String[]>> out = new HashMap<>();
        try (InputStream in = BlockingKeys.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource places.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+");
                for (String form : words) {
                    out.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(new String[] {form, words[0]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<String[]> list : out.values()) {
            list.sort(Comparator.comparingInt((String[] p) -> -p[0].length()).thenComparing(p -> p[0]));
        }
        return Map.copyOf(out);
    }
}
