package dev.navi.clean.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns raw applicant names into a display form ({@link #clean}) and a matching key ({@link #key}).
 *
 * <p><b>clean</b> keeps the name recognisable: NFKC (full-width letters, digits and brackets become half-width),
 * whitespace collapsed (and dropped between two CJK characters, which never carry a real space), glued country
 * tags such as {@code [US]} / {@code (DE)} and glued dates such as {@code (2017-01-05)} removed from the end,
 * stray separators trimmed. The legal form stays.
 *
 * <p><b>key</b> is what two names must share to be "the same name": clean, then lower case, Latin diacritics
 * folded ({@code ü → u}, {@code ß → ss}), traditional and Japanese-shinjitai characters mapped to simplified
 * ({@code hant-to-hans.txt}, only characters that occur in organisation names), punctuation removed (dotted
 * abbreviations such as {@code S.A.} and {@code L.L.C.} are joined first, {@code &} becomes {@code and},
 * apostrophes vanish), every standalone {@code the} dropped, and legal-form and generic suffixes removed from the
 * end repeatedly ({@code 股份有限公司}, {@code 集团}, {@code 分公司}, {@code Co., Ltd.}, {@code GmbH & Co. KG},
 * {@code S.A.}, {@code K.K.} ...), plus {@code 株式会社}/{@code 주식회사}/{@code Kabushiki Kaisha} at the start.
 * At least one token always survives, so a firm literally named "AB" keeps its key. Chinese tokens are joined
 * without spaces, so {@code 腾讯科技（深圳）有限公司} and {@code 腾讯科技深圳有限公司} share a key.
 *
 * <p>The key is deliberately not fuzzy: different firms keep different keys ({@code LG Chem} / {@code LG
 * Electronics}, {@code 华为技术} / {@code 华为终端}); looser matching is the clusterer's job and is labelled there.
 * English {@code group} and {@code holdings} are kept because a holding company and its operating company are
 * different legal persons (SoftBank Group Corp. / SoftBank Corp.); Chinese {@code 集团} is removed as asked by
 * analysts, since {@code 某某集团} and {@code 某某集团有限公司} are used interchangeably in Chinese records.
 *
 * <p>Immutable and thread-safe; {@code null} input gives an empty string.
 */
public final class NameNormaliser {

    /** The result of {@link #normalise}: display form, key, whether a branch suffix was removed, and what was removed. */
    public record Normalised(String clean, String key, boolean branch, List<String> removed) {
        public Normalised {
            Objects.requireNonNull(clean, "clean");
            Objects.requireNonNull(key, "key");
            removed = List.copyOf(removed);
        }
    }

    private static final String VARIANTS_RESOURCE = "hant-to-hans.txt";
    private static final NameNormaliser STANDARD = new NameNormaliser(loadVariants());

    /** Chinese, Japanese and Korean legal forms and generic words removed from the end of a CJK token. */
    private static final List<String> CJK_SUFFIXES = longestFirst(List.of(
            "集团股份有限公司", "集团有限责任公司", "集团有限公司", "集团总公司", "集团公司",
            "股份有限公司", "有限责任公司", "有限公司", "股份公司", "总公司", "分公司", "公司", "集团",
            "株式会社", "有限会社", "合同会社", "合资会社", "合名会社", "有限合伙", "普通合伙",
            "주식회사", "유한회사"));
    /** Removed from the start of a CJK token (Japanese and Korean names put the legal form first or last). */
    private static final List<String> CJK_PREFIXES = List.of("株式会社", "有限会社", "주식회사", "유한회사");
    private static final String BRANCH = "分公司";

    /** Latin legal forms, as token sequences after punctuation removal, removed from the end repeatedly. */
    private static final List<String[]> LATIN_SUFFIXES = tokenSeqs(
            "co", "cos", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "l l c",
            "lc", "lp", "l p", "llp", "lllp", "plc", "gmbh", "mbh", "gesellschaft mbh", "ag", "kg", "kgaa", "ohg",
            "se", "sa", "s a", "sas", "s a s", "sarl", "s a r l", "spa", "s p a", "srl", "s r l", "sl", "s l",
            "bv", "b v", "bvba", "nv", "n v", "ab", "publ", "as", "a s", "asa", "aps", "oy", "oyj", "kk", "k k",
            "kabushiki kaisha", "kabushikikaisha", "yugen kaisha", "godo kaisha", "pty", "pte", "pvt",
            "private limited", "ltda", "sdn bhd", "bhd", "cv", "sa de cv", "s a de c v", "de cv", "sab de cv",
            "ev", "e v", "ooo", "oao", "zao", "pao", "jsc", "ojsc", "pjsc", "cjsc", "sp z o o", "spolka z o o",
            "spolka akcyjna", "kft", "zrt", "nyrt", "doo", "d o o", "sro", "s r o", "spol s r o", "aktiengesellschaft",
            "aktiebolag", "aktiebolaget", "sae", "sal", "scrl", "sprl", "snc", "eurl", "sca", "ehf", "hf",
            "societa per azioni", "societa consortile per azioni", "societe anonyme", "societe a responsabilite limitee",
            "societe par actions simplifiee", "sociedad anonima", "sociedad limitada", "sociedade anonima",
            "sociedade limitada", "sp z oo", "spolka z oo", "sau", "s a u", "slu", "s l u", "gbr", "ulc", "ek", "e k",
            "ltee", "national association", "na", "n a", "pc", "p c", "s coop", "coop", "scarl", "sec", "s e c",
            "and co", "und co", "et cie", "and cie", "cie", "y cia", "cia", "kda", "ltd liability co",
            "aktieselskab", "aktieselskabet");
    /** Latin legal forms that Japanese names put first. */
    private static final List<String[]> LATIN_PREFIXES = tokenSeqs("kabushiki kaisha", "kabushikikaisha", "yugen kaisha");

    private static final java.util.Map<Character, List<String>> CJK_SUFFIXES_BY_LAST = index(CJK_SUFFIXES);
    private static final java.util.Map<String, List<String[]>> LATIN_SUFFIXES_BY_LAST = indexSeqs(LATIN_SUFFIXES, true);
    private static final java.util.Map<String, List<String[]>> LATIN_PREFIXES_BY_FIRST = indexSeqs(LATIN_PREFIXES, false);

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{8}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&-]{1,9}|publ|PUBL|Publ");
    private static final Set<String> COUNTRIES = countryCodes();

    private final char[] variants;
    private final String[] latinFold;

    private NameNormaliser(char[] variants) {
        this.variants = variants;
        this.latinFold = latinFoldTable();
    }

    /** The normaliser with the shipped character table. */
    public static NameNormaliser standard() {
        return STANDARD;
    }

    /** The display form: tags and dates stripped, width and spaces normalised, legal form kept. */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = collapseSpaces(s);
        s = trimStray(s);
        String before;
        do {
            before = s;
            s = trimStray(stripGluedTag(s));
        } while (!s.equals(before));
        return s;
    }

    /** The matching key (see the class comment); empty when the name has no letters or digits. */
    public String key(String raw) {
        return normalise(raw).key();
    }

    /** Display form, key and what the key dropped. */
    public Normalised normalise(String raw) {
        String clean = clean(raw);
        String s = stripDesignations(clean);
        List<String> tokens = tokens(fold(s));
        List<String> removed = new ArrayList<>();
        boolean branch = false;
        if (tokens.size() > 1) {
            tokens.removeIf("the"::equals);
            if (tokens.isEmpty()) {
                tokens.add("the");
            }
        }
        boolean changed = true;
        while (changed && !tokens.isEmpty()) {
            changed = false;
            int last = tokens.size() - 1;
            String tail = tokens.get(last);
            if (isCjk(tail.charAt(0))) {
                for (String suffix : CJK_SUFFIXES_BY_LAST.getOrDefault(tail.charAt(tail.length() - 1), List.of())) {
                    if (tail.endsWith(suffix)) {
                        if (tail.length() > suffix.length()) {
                            tokens.set(last, tail.substring(0, tail.length() - suffix.length()));
                        } else if (tokens.size() > 1) {
                            tokens.remove(last);
                        } else {
                            continue;
                        }
                        removed.add(suffix);
                        if (suffix.equals(BRANCH)) {
                            branch = true;
                            // a branch is named after its place (…股份有限公司武汉分公司): without legal personality of
                            // its own, it is the company, so the place goes too
                            String t = tokens.get(tokens.size() - 1);
                            int place = BlockingKeys.trailingPlace(t);
                            if (place > 0 && t.length() - place >= 4) {
                                tokens.set(tokens.size() - 1, t.substring(0, t.length() - place));
                                removed.add(t.substring(t.length() - place));
                            }
                        }
                        changed = true;
                        break;
                    }
                }
            } else {
                for (String[] seq : LATIN_SUFFIXES_BY_LAST.getOrDefault(tail, List.of())) {
                    if (tokens.size() > seq.length && endsWith(tokens, seq)) {
                        tokens.subList(tokens.size() - seq.length, tokens.size()).clear();
                        removed.add(String.join(" ", seq));
                        changed = true;
                        break;
                    }
                }
            }
            String head = tokens.get(0);
            if (isCjk(head.charAt(0))) {
                for (String prefix : CJK_PREFIXES) {
                    if (head.startsWith(prefix)) {
                        if (head.length() > prefix.length()) {
                            tokens.set(0, head.substring(prefix.length()));
                        } else if (tokens.size() > 1) {
                            tokens.remove(0);
                        } else {
                            continue;
                        }
                        removed.add(prefix);
                        changed = true;
                        break;
                    }
                }
            } else {
                for (String[] seq : LATIN_PREFIXES_BY_FIRST.getOrDefault(head, List.of())) {
                    if (tokens.size() > seq.length && startsWith(tokens, seq)) {
                        tokens.subList(0, seq.length).clear();
                        removed.add(String.join(" ", seq));
                        changed = true;
                        break;
                    }
                }
            }
        }
        return new Normalised(clean, join(tokens), branch, removed);
    }

    /**
     * Clean, lower-cased and character-folded (simplified Chinese, Latin diacritics removed), punctuation kept.
     * Used by the classifier, which must see {@code 大學} as {@code 大学} but still needs the legal form.
     */
    String fold(String cleaned) {
        String lower = cleaned.toLowerCase(Locale.ROOT);
        StringBuilder sb = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String replacement = null;
            char mapped = c;
            if (c >= 0x80) {
                if (c < latinFold.length && latinFold[c] != null) {
                    replacement = latinFold[c];
                } else if (variants[c] != 0) {
                    mapped = variants[c];
                }
            }
            if (sb == null && (replacement != null || mapped != c)) {
                sb = new StringBuilder(lower.length() + 4);
                sb.append(lower, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(mapped);
                }
            }
        }
        return sb == null ? lower : sb.toString();
    }

    /**
     * Splits a folded string into word tokens: runs of letters/digits, a CJK run being one token. Dotted
     * single-letter abbreviations are joined ({@code s.a.} → {@code sa}), {@code &} becomes {@code and},
     * apostrophes are dropped, everything else separates.
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curCjk = false;
        boolean abbrev = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u2032') {
                continue;
            }
            if (c == '&') {
                flush(cur, out);
                abbrev = false;
                out.add("and");
                continue;
            }
            if (c == '.') {
                boolean single = cur.length() == 1 || abbrev;
                boolean nextLetter = i + 1 < n && Character.isLetter(s.charAt(i + 1)) && !isCjk(s.charAt(i + 1));
                boolean afterIsBoundary = i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2));
                if (single && !curCjk && cur.length() > 0 && nextLetter && afterIsBoundary) {
                    abbrev = true;
                    continue;
                }
                flush(cur, out);
                abbrev = false;
                continue;
            }
            // '?' and U+FFFD stand for a letter lost to encoding (M?RSK for MÆRSK): kept inside the word as a wildcard
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '?' || c == '\ufffd') {
                if (c == '\ufffd') {
                    c = '?';
                }
                boolean cjk = isCjk(c);
                if (cur.length() > 0 && cjk != curCjk) {
                    flush(cur, out);
                    abbrev = false;
                }
                curCjk = cjk;
                cur.append(c);
                continue;
            }
            flush(cur, out);
            abbrev = false;
        }
        flush(cur, out);
        return out;
    }

    /** Joins key tokens: a space between tokens, none between two CJK tokens. */
    static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i > 0 && !(isCjk(t.charAt(0)) && isCjk(tokens.get(i - 1).charAt(tokens.get(i - 1).length() - 1)))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Han ideographs, kana and Hangul. */
    static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF)
                || (c >= 0x3130 && c <= 0x318F) || c == 0x3005 || Character.isSurrogate(c);
    }

    /** True when the string holds at least one CJK character. */
    static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- internals

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean endsWith(List<String> tokens, String[] seq) {
        int off = tokens.size() - seq.length;
        for (int i = 0; i < seq.length; i++) {
            if (!tokens.get(off + i).equals(seq[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(List<String> tokens, String[] seq) {
        for (int i = 0; i < seq.length; i++) {
            if (!tokens.get(i).equals(seq[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace and controls become one space; the space between two CJK characters is dropped. */
    private static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '\u200b' || c == '\ufeff') {
                pending = sb.length() > 0;
                continue;
            }
            if (pending) {
                char prev = sb.charAt(sb.length() - 1);
                if (!(isCjk(prev) && isCjk(c))) {
                    sb.append(' ');
                }
                pending = false;
            }
            sb.append(c);
        }
        return sb.length() == s.length() ? s : sb.toString();
    }

    /** Leading and trailing separators that exports leave behind ("ACME INC ;", ", ACME"). */
    private static String trimStray(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isStray(s.charAt(start))) {
            start++;
        }
        while (end > start && isStray(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean isStray(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '|' || c == '/' || c == '\\' || c == '-'
                || c == '_' || c == '*' || c == '、' || c == '，' || c == '；';
    }

    /** Removes one glued country tag or date in brackets from the end, if there is one. */
    private static String stripGluedTag(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        char open;
        if (last == ')') {
            open = '(';
        } else if (last == ']') {
            open = '[';
        } else if (last == '】') {
            open = '【';
        } else {
            return s;
        }
        int at = s.lastIndexOf(open);
        if (at <= 0) {
            return s;
        }
        String inside = s.substring(at + 1, s.length() - 1).trim();
        boolean country = inside.length() == 2 && COUNTRIES.contains(inside);
        if (country || DATE.matcher(inside).matches()) {
            return s.substring(0, at).trim();
        }
        return s;
    }

    /**
     * For the key only: drops a trailing bracketed acronym or designation ({@code (CDTI)}, {@code (publ)}) and
     * the Japanese/Korean bracketed legal forms {@code (株)}, {@code (有)}, {@code (주)} at either end.
     */
    private static String stripDesignations(String s) {
        String t = s;
        for (String f : new String[] {"(株)", "(有)", "(주)", "(유)"}) {
            if (t.startsWith(f)) {
                t = t.substring(f.length()).trim();
            }
            if (t.endsWith(f)) {
                t = t.substring(0, t.length() - f.length()).trim();
            }
        }
        if (t.endsWith(")")) {
            int at = t.lastIndexOf('(');
            if (at > 0 && ACRONYM.matcher(t.substring(at + 1, t.length() - 1).trim()).matches()) {
                String rest = t.substring(0, at).trim();
                if (!rest.isEmpty()) {
                    t = rest;
                }
            }
        }
        return t;
    }

    private static Set<String> countryCodes() {
        Set<String> set = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        set.addAll(List.of("UK", "EP", "WO", "EU", "EA", "AP", "OA", "GC"));
        return Set.copyOf(set);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }

    private static java.util.Map<Character, List<String>> index(List<String> words) {
        java.util.Map<Character, List<String>> map = new java.util.HashMap<>();
        for (String w : words) {
            map.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
        }
        return java.util.Map.copyOf(map);
    }

    private static java.util.Map<String, List<String[]>> indexSeqs(List<String[]> seqs, boolean byLast) {
        java.util.Map<String, List<String[]>> map = new java.util.HashMap<>();
        for (String[] seq : seqs) {
            map.computeIfAbsent(byLast ? seq[seq.length - 1] : seq[0], k -> new ArrayList<>()).add(seq);
        }
        return java.util.Map.copyOf(map);
    }

    private static List<String[]> tokenSeqs(String... seqs) {
        List<String[]> out = new ArrayList<>();
        for (String s : seqs) {
            out.add(s.split(" "));
        }
        out.sort(Comparator.<String[]>comparingInt(a -> a.length).reversed()
                .thenComparing(a -> String.join(" ", a)));
        return List.copyOf(out);
    }

    /** Latin letters with diacritics → base letters; ligatures and special letters spelled out. */
    private static String[] latinFoldTable() {
        String[] table = new String[0x250];
        for (char c = 0xC0; c < 0x250; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (d.length() > 1 && base < 0x80 && Character.isLetter(base)) {
                table[c] = String.valueOf(Character.toLowerCase(base));
            }
        }
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "ae";
        table['ø'] = "o";
        table['Ø'] = "o";
        table['œ'] = "oe";
        table['Œ'] = "oe";
        table['ł'] = "l";
        table['Ł'] = "l";
        table['đ'] = "d";
        table['Đ'] = "d";
        table['ð'] = "d";
        table['þ'] = "th";
        table['ı'] = "i";
        return table;
    }

    private static char[] loadVariants() {
        char[] map = new char[0x10000];
        try (InputStream in = NameNormaliser.class.getResourceAsStream(VARIANTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VARIANTS_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                for (String pair : line.trim().split("\\s+")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    if (pair.length() != 2) {
                        throw new IllegalStateException(VARIANTS_RESOURCE + " line " + lineNo + ": bad entry '" + pair + "'");
                    }
                    map[pair.charAt(0)] = pair.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
