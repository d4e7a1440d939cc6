package dev.navi.clean.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies an applicant name as enterprise, university, research institute, individual or government-other,
 * and says which rule decided. Rules only look at the name; no list of particular applicants is used.
 *
 * <h2>Names with Chinese, Japanese or Korean characters</h2>
 * Chinese organisation names are head-final (the last organisation word says what the body is), so:
 * <ol>
 *   <li><b>zh.1 ja/ko legal form</b> — 株式会社, 有限会社, 合同会社, 주식회사, 유한회사, (株), (주) anywhere → enterprise.</li>
 *   <li><b>zh.2 head word</b> — the rightmost organisation word decides (longest word when several end at the same
 *       place, so 科学院 beats 学院): 大学/学院/大学校/대학교 → university; 研究院/研究所/科学院/研究中心/实验室/
 *       设计院/연구원 → institute; 公司/厂/集团/企业/合作社/事务所/银行 → enterprise; 局/部/委员会/政府/医院/中心/
 *       协会/学会/基金会/部队/学校/中学/馆 → government-other. Hence 研究院有限公司 → enterprise (公司 is rightmost),
 *       中国科学院大学 → university, 浙江大学医学院附属第一医院 → government-other. One-character heads (厂, 局, 部,
 *       站, 馆 ...) count only as the last character.</li>
 *   <li><b>zh.2 company sub-unit</b> — a non-university head with 公司 before it (中国石油化工股份有限公司石油化工科学研究院,
 *       某某公司技术中心) → enterprise: the applicant belongs to a company.</li>
 *   <li><b>zh.3 personal name</b> — no organisation word and 2 Han characters, or 3–4 starting with a common
 *       Chinese or Japanese surname, or a transliterated name with a middle dot (约翰·史密斯), or 2–4 Hangul
 *       syllables → individual.</li>
 *   <li><b>zh.3 personal name in parts</b> — checked after the head words: two parts of 1–4 Han/kana characters
 *       ({@code 大谷 広海}, {@code 夏弥尔 大卫}) or 2–5 Hangul parts ({@code 안토니오 카르미네 파텔라}) → individual.</li>
 *   <li><b>zh.4 default</b> — anything else (a trade name without legal form) → enterprise.</li>
 * </ol>
 * A trailing bracket that holds another name of the same body ({@code 福建省计量科学研究院(福建省眼镜质量检验站)})
 * does not decide: the name before it does, when it has a head word. Japanese and Korean transliterated head words
 * count as heads too (リミテッド, カンパニー, ユニバーシティ, 유니버시티, 아이엔씨, 가부시키가이샤 …), as do
 * Korean 과학기술원 (KAIST, UNIST, DGIST: universities), 기술원 (institute), 학교법인 (university) and the state
 * or an office holder acting for it (대한민국, 中华人民共和国, …所长, …청장, …총장 → government-other).
 *
 * <h2>Names in Cyrillic</h2>
 * See {@code classifyCyrillic}: state and ministry words, university, institute, legal forms (ООО, АО, ГмбХ …),
 * then patronymics, initials or 2–3 plain words → individual; default enterprise.
 * <b>Hospitals</b> are government-other (机关团体), also when affiliated with a university (附属医院): they are
 * public institutions, not teaching or research bodies; an alias-table group can still roll them up to their
 * university. Research institutes owned by a company are enterprises (rule zh.2 company sub-unit).
 *
 * <h2>Latin-script names</h2>
 * First matching step wins:
 * <ol>
 *   <li><b>en.1 government formula</b> — "United States of America (as represented by)", "Her Majesty the Queen in
 *       right of", "Secretary of State", "Government of", "Ministry/Minister of", "U.S. Army/Navy/Department",
 *       and "State/City/County/Commonwealth/Kingdom/Republic of" at the start → government-other.</li>
 *   <li><b>en.2 legal form</b> — the name ends with a legal form ({@link NameNormaliser} strips it: Inc, LLC, Ltd,
 *       GmbH, AG, S.A., K.K., B.V., Kabushiki Kaisha ...; not e.V., which is an association) → enterprise. The
 *       legal form outranks the words before it: "Dana-Farber Cancer Institute, Inc." is an enterprise by form.</li>
 *   <li><b>en.3 university word</b> — university, univ, universität/université/universidad/università, college,
 *       hochschule, polytechnic, école, "institute of technology", daigaku, regents, "board of trustees"
 *       → university; also near-misspellings of "university" ("Univeristy") and compounds containing
 *       "universit" — checked after en.6 so they never override a real word.</li>
 *   <li><b>en.4 institute word</b> — institute, institut, instituto, laboratory, "research center/council/
 *       foundation/association/organisation", "academy of sciences", CNRS, Fraunhofer, Max Planck, CSIR,
 *       INSERM, "national lab" → institute (compounds such as "Forskningsinstitutt" after en.6).</li>
 *   <li><b>en.5 public or non-profit body</b> — government, ministry, department, agency, administration, navy,
 *       army, council, authority, commission, municipality, hospital, clinic, medical center, foundation,
 *       association, society, institution → government-other.</li>
 *   <li><b>en.6 company word</b> — technologies, systems, industries, international, group, holdings, products,
 *       pharmaceuticals, electronics, engineering, "&amp;", country names ... ({@code org-words.txt}), a legal
 *       form anywhere (Acme Inc. (Canada)) or a misspelt one ("Corpporation") → enterprise.</li>
 *   <li><b>en.7 personal name</b> — 2–5 alphabetic tokens with no organisation word and personal evidence: a
 *       common given name, an initial ("KESLER MORRIS P"), Jr./Sr./III, "Last, First", or a common Chinese,
 *       Korean or Japanese surname ("ZHANG LIANG") → individual.</li>
 *   <li><b>en.8 short name</b> — 2–3 alphabetic tokens with no organisation word and no personal evidence: the
 *       layout of a personal name in patent records ("KARALIS ARISTEIDIS") → individual, unless a word looks
 *       like an acronym or brand (all capitals in a mixed-case name, no vowel, a dot inside: "EOS Imaging",
 *       "SCK.CEN"). Names with joining words (for, of, und ...) are never taken for persons.</li>
 *   <li><b>en.9 default</b> → enterprise.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class ApplicantTypeClassifier {

    /** A type and the rule that fired, e.g. {@code zh.2 head word: 大学}. */
    public record Classification(ApplicantType type, String rule) {
        public Classification {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(rule, "rule");
        }
    }

    private static final ApplicantTypeClassifier STANDARD = new ApplicantTypeClassifier(NameNormaliser.standard());
    private static final String NAMES_RESOURCE = "person-names.txt";
    private static final String WORDS_RESOURCE = "org-words.txt";

    private final NameNormaliser normaliser;
    private final Map<Character, List<Head>> headsByLastChar = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirst = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> hanSurnames = new HashSet<>();
    private final Set<String> companyWords = new java.util.TreeSet<>();

    private record Head(String word, ApplicantType type) {
    }

    private record Phrase(String[] words, boolean atStart, int step, ApplicantType type, String label) {
    }

    private ApplicantTypeClassifier(NameNormaliser normaliser) {
        this.normaliser = normaliser;
        defineHeads();
        load(NAMES_RESOURCE);
        load(WORDS_RESOURCE);
        definePhrases();
    }

    /** The classifier with the shipped rules. */
    public static ApplicantTypeClassifier standard() {
        return STANDARD;
    }

    /** The type only. */
    public ApplicantType type(String name) {
        return classify(name).type();
    }

    /** Type and the rule that fired; an empty or null name comes back as enterprise with an "empty name" rule. */
    public Classification classify(String name) {
        String clean = normaliser.clean(name);
        if (clean.isEmpty()) {
            return new Classification(ApplicantType.ENTERPRISE, "empty name: default enterprise");
        }
        String folded = normaliser.fold(clean);
        if (NameNormaliser.hasCjk(folded)) {
            Classification c = classifyCjk(folded);
            if (c.rule().startsWith("zh.4")) {
                Classification person = spacedPerson(name);
                if (person != null) {
                    return person;
                }
            }
            return c;
        }
        if (hasCyrillic(folded)) {
            return classifyCyrillic(folded);
        }
        return classifyLatin(clean, folded);
    }

    /**
     * zh.3 personal name written in parts: 2 parts of 1–4 Han or kana characters ({@code 大谷 広海}, {@code 夏弥尔 大卫}),
     * or 2–5 Hangul parts ({@code 안토니오 카르미네 파텔라}), the way JPO/KIPO/CNIPA records write a person; the
     * normaliser drops the space between CJK characters, so the raw name is read.
     */
    private static Classification spacedPerson(String raw) {
        String t = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).strip();
        String[] parts = t.split("[\\s\u3000]+");
        if (parts.length < 2 || parts.length > 5) {
            return null;
        }
        boolean hangul = true;
        boolean hanKana = true;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 6) {
                return null;
            }
            for (int i = 0; i < p.length(); i++) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(p.charAt(i));
                hangul &= sc == Character.UnicodeScript.HANGUL;
                hanKana &= (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA) && p.length() <= 4;
            }
        }
        if (hanKana && parts.length == 2) {
            return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: family and given name apart");
        }
        if (hangul) {
            return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: Hangul name in parts");
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- Cyrillic

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern RU_PATRONYMIC = java.util.regex.Pattern.compile(
            "(^|\\s)\\p{IsCyrillic}+(вич|вна|ична|инична|ьич)(\\s|$)");
    private static final java.util.regex.Pattern RU_INITIALS = java.util.regex.Pattern.compile(
            "^\\p{IsCyrillic}{2,}\\s+(\\p{IsCyrillic}{1,2}\\.\\s*){1,2}$");

    /**
     * ru.1–ru.6, for names in Cyrillic (Russian and other languages written in it), first match wins: ru.1 state
     * (Российская Федерация, министерство, государственн…) → government-other; ru.2 университет / академия (not
     * академия наук) / институт … образования → university; ru.3 институт / академия наук / научно-исследовательск… /
     * центр … исследований → institute; ru.4 legal form (ООО, АО, ПАО, ЗАО, ГмбХ, Лтд, Инк, Кабусики Кайся, компания,
     * корпорация) → enterprise; ru.5 patronymic (-вич, -вна) or initials (Абрамов И.П.) or 2–3 words of letters only
     * → individual; ru.6 default → enterprise.
     */
    private static Classification classifyCyrillic(String folded) {
        String s = folded.replace('ё', 'е');
        if (s.contains("федерация") || s.contains("министерств") || s.contains("государств") || s.contains("правительств")
                || s.contains("республика")) {
            return new Classification(ApplicantType.GOVERNMENT_OTHER, "ru.1 state or ministry");
        }
        if (s.contains("университет") || (s.contains("академия") && !s.contains("наук")) || s.contains("образовани")) {
            return new Classification(ApplicantType.UNIVERSITY, "ru.2 university word");
        }
        if (s.contains("институт") || s.contains("академия наук") || s.contains("научно") || s.contains("исследовательск")) {
            return new Classification(ApplicantType.INSTITUTE, "ru.3 institute word");
        }
        for (String form : new String[] {"ооо", "оао", "зао", "пао", "ао", "гмбх", "лтд", "инк", "кайся", "компания",
            "корпорация", "общество", "аг", "лимитед", "инкорпорейтед", "кабусики"}) {
            if (s.matches("(?s).*(^|[^\\p{IsCyrillic}])" + form + "([^\\p{IsCyrillic}]|$).*")) {
                return new Classification(ApplicantType.ENTERPRISE, "ru.4 legal form: " + form);
            }
        }
        String t = s.strip();
        if (RU_PATRONYMIC.matcher(t).find()) {
            return new Classification(ApplicantType.INDIVIDUAL, "ru.5 personal name: patronymic");
        }
        if (RU_INITIALS.matcher(t).matches()) {
            return new Classification(ApplicantType.INDIVIDUAL, "ru.5 personal name: initials");
        }
        String[] words = t.split("\\s+");
        if (words.length >= 2 && words.length <= 3 && t.replace(" ", "").chars().allMatch(Character::isLetter)) {
            return new Classification(ApplicantType.INDIVIDUAL, "ru.5 personal name: 2-3 words");
        }
        return new Classification(ApplicantType.ENTERPRISE, "ru.6 no rule: default enterprise");
    }

    // ------------------------------------------------------------------------------------------------ CJK

    private Classification classifyCjk(String folded) {
        String s = folded.replace(" ", "");
        // a trailing bracket holds another name of the same body (福建省计量科学研究院(福建省眼镜质量检验站),
        // 齐鲁工业大学(山东省科学院)): the name before it decides when it has a head word of its own
        int open = trailingBracket(s);
        if (open > 0) {
            Classification main = classifyCjk(s.substring(0, open));
            if (main.rule().startsWith("zh.1") || main.rule().startsWith("zh.2")) {
                return main;
            }
        }
        for (String form : new String[] {"株式会社", "有限会社", "合同会社", "주식회사", "유한회사", "(株)", "(주)", "(有)"}) {
            if (s.contains(form)) {
                return new Classification(ApplicantType.ENTERPRISE, "zh.1 ja/ko legal form: " + form);
            }
        }
        // rightmost head word; longest among those ending at the same position
        for (int end = s.length(); end > 0; end--) {
            List<Head> heads = headsByLastChar.get(s.charAt(end - 1));
            if (heads == null) {
                continue;
            }
            for (Head h : heads) {
                int start = end - h.word().length();
                if (start < 0 || !s.startsWith(h.word(), start)) {
                    continue;
                }
                if (h.word().length() == 1 && !onlyBracketsAfter(s, end)) {
                    continue;
                }
                if (h.type() != ApplicantType.UNIVERSITY && h.type() != ApplicantType.ENTERPRISE
                        && s.substring(0, start).contains("公司")) {
                    return new Classification(ApplicantType.ENTERPRISE, "zh.2 company sub-unit: 公司…" + h.word());
                }
                return new Classification(h.type(), "zh.2 head word: " + h.word());
            }
        }
        String letters = s.replaceAll("[^\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}·・]", "");
        int han = (int) letters.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        int hangul = (int) letters.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        if ((letters.indexOf('·') > 0 || letters.indexOf('・') > 0) && letters.length() <= 20 && letters.length() == s.length()) {
            return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: transliterated with middle dot");
        }
        if (han == s.length()) {
            if (han == 2) {
                return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: 2 characters");
            }
            if (han >= 3 && han <= 4) {
                String two = s.substring(0, 2);
                String one = s.substring(0, 1);
                if (hanSurnames.contains(two) || hanSurnames.contains(one)) {
                    return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: surname "
                            + (hanSurnames.contains(two) ? two : one));
                }
            }
        }
        if (hangul == s.length() && hangul >= 2 && hangul <= 4) {
            return new Classification(ApplicantType.INDIVIDUAL, "zh.3 personal name: 2-4 Hangul syllables");
        }
        return new Classification(ApplicantType.ENTERPRISE, "zh.4 no organisation word: default enterprise");
    }

    /** Where the bracket that closes the name opens (nesting respected), or -1 when the name does not end with one. */
    private static int trailingBracket(String s) {
        if (s.isEmpty() || s.charAt(s.length() - 1) != ')') {
            return -1;
        }
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyBracketsAfter(String s, int end) {
        for (int i = end; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ')' && c != ']' && c != '）') {
                return false;
            }
        }
        return true;
    }

    private void defineHeads() {
        head(ApplicantType.UNIVERSITY, "大学", "学院", "大学校", "高等专科学校", "专科学校", "研究生院", "学园",
                "士官学校", "대학교", "대학", "대학원", "산학협력단", "산학협력재단", "과학기술원", "학교법인", "학원",
                "유니버시티", "유니버서티", "다이가꾸", "다이가쿠", "ユニヴェルシテ", "ユニベルシテ", "ユニバーシティ",
                "ユニヴァーシティ", "ユニバーシティー", "ウニベルシダード", "カレッジ");
        head(ApplicantType.INSTITUTE, "研究院", "研究所", "科学院", "工程院", "研究中心", "工程中心", "技术中心",
                "实验室", "研究室", "设计院", "规划院", "测绘院", "勘察院", "试验站", "实验站", "试验场", "研究基地",
                "技术研究组合", "研究开发法人", "研究机构", "开发机构", "연구원", "연구소", "硏究所", "기술원",
                "インスティテュート", "インスティチュート", "研究组合");
        head(ApplicantType.ENTERPRISE, "公司", "厂", "工厂", "集团", "企业", "合作社", "事业部", "商行", "商店",
                "经营部", "门市部", "工作室", "事务所", "有限合伙", "普通合伙", "银行", "酒店", "出版社", "社",
                "控股", "农场", "林场", "牧场", "养殖场", "矿", "店", "공사", "회사",
                "リミテッド", "リミテツド", "カンパニー", "コーポレーション", "コーポレイション", "インコーポレイテッド",
                "インコーポレーテッド", "インコーポレイテツド", "エルエルシー", "ゲーエムベーハー", "アクチエンゲゼルシャフト",
                "アーゲー", "ソシエテ", "ビーブイ", "アイエヌシー", "아이앤씨", "아이엔씨", "인코포레이티드", "코포레이션",
                "컴퍼니", "리미티드", "엘엘씨", "게엠베하", "에스이", "에이지", "가부시키가이샤", "가부시끼가이샤",
                "가부시키카이샤", "테크놀로지", "테크놀로지스", "머터리얼스", "시스템즈", "시스템스", "일렉트로닉스", "케미칼",
                "그룹", "홀딩스", "인더스트리즈", "로보틱스", "솔루션", "솔루션스", "에너지", "모터스", "파마슈티컬스");
        head(ApplicantType.GOVERNMENT_OTHER, "局", "部", "委员会", "委", "办公室", "办事处", "政府", "厅", "署",
                "法院", "检察院", "医院", "卫生院", "保健院", "疗养院", "中心", "协会", "学会", "研究会", "基金会",
                "联合会", "商会", "促进会", "联盟", "部队", "军队", "解放军", "武警", "军区", "战区", "总队", "支队",
                "大队", "队", "站", "中学", "小学", "学校", "幼儿园", "图书馆", "博物馆", "档案馆", "科技馆", "馆",
                "党校", "监狱", "海关", "气象台", "电视台", "台", "处", "管理处", "派出所", "管理所", "监测所",
                "检测所", "卫生所", "机关", "机构", "财团", "法人", "재단", "병원", "협회", "학회", "청", "부",
                "所长", "院长", "局长", "厅长", "部长", "청장", "총장", "대한민국", "中华人民共和国", "日本国");
    }

    private void head(ApplicantType type, String... words) {
        for (String w : words) {
            headsByLastChar.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(new Head(w, type));
        }
        for (List<Head> list : headsByLastChar.values()) {
            list.sort(Comparator.comparingInt((Head h) -> h.word().length()).reversed().thenComparing(Head::word));
        }
    }

    // ---------------------------------------------------------------------------------------------- Latin

    private static final int GOV_FORMULA = 1;
    private static final int UNIVERSITY = 3;
    private static final int INSTITUTE = 4;
    private static final int PUBLIC_BODY = 5;
    private static final int COMPANY_WORD = 6;

    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "dr", "prof", "mr", "mrs",
            "ms", "phd", "md", "esq");
    private static final Set<String> NON_ENTERPRISE_FORMS = Set.of("ev", "e v");
    /** Words that join the parts of an organisation's name but not of a person's. */
    private static final Set<String> CONNECTORS = Set.of("for", "of", "und", "per", "pour", "fur", "voor", "para");
    private static final java.util.regex.Pattern DOTTED_INITIAL =
            java.util.regex.Pattern.compile("(^|[\\s,])\\p{Lu}\\.(\\s|$)");
    private static final List<String> FUZZY_TARGETS = List.of("university", "universitat", "universidad",
            "universite", "universita", "corporation", "incorporated",
            "company", "limited", "technologies", "international");

    private Classification classifyLatin(String clean, String folded) {
        List<String> tokens = NameNormaliser.tokens(folded);
        if (tokens.isEmpty()) {
            return new Classification(ApplicantType.ENTERPRISE, "en.9 no words: default enterprise");
        }
        Phrase best = null;
        int bestPos = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = phrasesByFirst.get(tokens.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (p.atStart() && !(i == 0 || (i == 1 && tokens.get(0).equals("the")))) {
                    continue;
                }
                if (!matchesAt(tokens, i, p.words())) {
                    continue;
                }
                if (best == null || p.step() < best.step()
                        || (p.step() == best.step() && i < bestPos)
                        || (p.step() == best.step() && i == bestPos && p.words().length > best.words().length)) {
                    best = p;
                    bestPos = i;
                }
            }
        }
        if (best != null && best.step() == GOV_FORMULA) {
            return rule(best);
        }
        NameNormaliser.Normalised n = normaliser.normalise(clean);
        for (String form : n.removed()) {
            if (!NON_ENTERPRISE_FORMS.contains(form) && !NameNormaliser.hasCjk(form)) {
                return new Classification(ApplicantType.ENTERPRISE, "en.2 legal form: " + form);
            }
        }
        if (best != null) {
            return rule(best);
        }
        for (String t : tokens) {
            String near = misspelt(t);
            if (near != null) {
                if (near.startsWith("universit")) {
                    return new Classification(ApplicantType.UNIVERSITY, "en.3 university word (variant): " + t);
                }
                if (near.equals("institute")) {
                    return new Classification(ApplicantType.INSTITUTE, "en.4 institute word (compound): " + t);
                }
                return new Classification(ApplicantType.ENTERPRISE, "en.6 company word (misspelt): " + t);
            }
        }
        return personOrDefault(clean, tokens);
    }

    private Classification personOrDefault(String clean, List<String> tokens) {
        List<String> words = new ArrayList<>();
        boolean suffix = false;
        for (String t : tokens) {
            if (NAME_SUFFIXES.contains(t)) {
                suffix = true;
            } else {
                words.add(t);
            }
        }
        boolean alphabetic = !words.isEmpty();
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    alphabetic = false;
                    break;
                }
            }
        }
        for (String w : words) {
            alphabetic &= !CONNECTORS.contains(w);
        }
        if (alphabetic && words.size() >= 2 && words.size() <= 5) {
            for (String w : words) {
                if (givenNames.contains(w)) {
                    return new Classification(ApplicantType.INDIVIDUAL, "en.7 personal name: given name " + w);
                }
            }
            boolean longer = false;
            for (String w : words) {
                longer |= w.length() > 1;
            }
            boolean initial = DOTTED_INITIAL.matcher(clean).find()
                    || (clean.equals(clean.toUpperCase(java.util.Locale.ROOT)) && words.get(words.size() - 1).length() == 1);
            if (initial && longer) {
                return new Classification(ApplicantType.INDIVIDUAL, "en.7 personal name: initial");
            }
            if (suffix) {
                return new Classification(ApplicantType.INDIVIDUAL, "en.7 personal name: Jr./Sr./III");
            }
            int comma = clean.indexOf(',');
            if (comma > 0 && comma == clean.lastIndexOf(',') && words.size() <= 4 && !looksLikeAcronymOrBrand(clean)) {
                return new Classification(ApplicantType.INDIVIDUAL, "en.7 personal name: Last, First");
            }
            if (words.size() <= 4 && (surnames.contains(words.get(0)) || surnames.contains(words.get(words.size() - 1)))) {
                return new Classification(ApplicantType.INDIVIDUAL, "en.7 personal name: surname "
                        + (surnames.contains(words.get(0)) ? words.get(0) : words.get(words.size() - 1)));
            }
            if (words.size() <= 3 && !looksLikeAcronymOrBrand(clean)) {
                return new Classification(ApplicantType.INDIVIDUAL, "en.8 short name without organisation word");
            }
        }
        return new Classification(ApplicantType.ENTERPRISE, "en.9 no rule: default enterprise");
    }

    /**
     * The word a token misspells, if it is within a small edit distance of a university or legal-form word
     * ("Univeristy", "Corpporation", "Limitied"; only tokens of 7+ letters, so short words never match by
     * chance), or "university"/"institute" for compounds that contain them ("Forskningsinstitutt").
     */
    static String misspelt(String token) {
        if (token.length() < 7) {
            return null;
        }
        for (String target : FUZZY_TARGETS) {
            int allowed = target.length() >= 10 ? 2 : 1;
            if (Math.abs(target.length() - token.length()) <= allowed && token.charAt(0) == target.charAt(0)
                    && editDistance(token, target, allowed) <= allowed) {
                return target;
            }
        }
        if (token.startsWith("universit") || token.startsWith("univerz") || token.contains("universitair")) {
            return "university";
        }
        if (token.contains("institut")) {
            return "institute";
        }
        return null;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once every cell of a row exceeds the limit. */
    private static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * A mixed-case name with an all-capital word of 2–5 letters ("EOS Imaging", "Sound ID"), or a word with a
     * dot inside ("SCK.CEN"): brand or acronym shapes that personal names do not have.
     */
    private static boolean looksLikeAcronymOrBrand(String clean) {
        boolean hasLower = false;
        for (int i = 0; i < clean.length(); i++) {
            hasLower |= Character.isLowerCase(clean.charAt(i));
        }
        for (String w : clean.split("[\\s,;/()\\-]+")) {
            int dot = w.indexOf('.');
            if (dot > 1 && dot < w.length() - 2) {
                return true;
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (w.length() >= 2 && w.length() <= 5 && !lower.equals("ng") && lower.chars().allMatch(Character::isLetter)
                    && lower.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
                return true;
            }
            if (hasLower && w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    private static Classification rule(Phrase p) {
        String step = switch (p.step()) {
            case GOV_FORMULA -> "en.1 government formula";
            case UNIVERSITY -> "en.3 university word";
            case INSTITUTE -> "en.4 institute word";
            case PUBLIC_BODY -> "en.5 public or non-profit body";
            default -> "en.6 company word";
        };
        return new Classification(p.type(), step + ": " + p.label());
    }

    private static boolean matchesAt(List<String> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(at + i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private void definePhrases() {
        phrases(GOV_FORMULA, ApplicantType.GOVERNMENT_OTHER, false,
                "united states of america", "usa as represented by", "as represented by", "represented by the secretary",
                "her majesty", "his majesty", "queen in right of", "secretary of state", "government of",
                "minister of", "ministry of", "us army", "us navy", "us air force", "us department of", "us dept of",
                "us government", "us secretary", "united states army", "united states navy",
                "united states air force", "united states department", "united states government",
                "bundesrepublik deutschland", "federal republic of", "peoples republic of", "bundesrep deutschland",
                "etat francais", "france etat", "republic korea", "korea republic", "republic of korea", "israel state",
                "state of israel", "us gov", "gov");
        phrases(GOV_FORMULA, ApplicantType.GOVERNMENT_OTHER, true,
                "state of", "commonwealth of", "kingdom of", "republic of", "city of", "county of", "town of",
                "village of", "province of", "district of", "government", "ministry", "ministere", "ministerio",
                "secretary of");
        phrases(UNIVERSITY, ApplicantType.UNIVERSITY, false,
                "university", "univ", "universitat", "universitaet", "universite", "universidad", "universidade",
                "universita", "universiteit", "universitet", "universiti", "universitas", "uniwersytet", "univerzita",
                "yliopisto", "hochschule", "fachhochschule", "college", "polytechnic", "politecnico", "polytechnique",
                "politechnika", "ecole", "escuela", "institute of technology", "inst of technology", "inst of tech",
                "daigaku", "daehakgyo", "regents", "board of trustees", "trustees of", "school of medicine",
                "medical school", "graduate school", "academic", "industry academic cooperation", "tecnologico",
                "inst technology", "inst tech", "industry cooperation foundation", "industry university cooperation",
                "university industry cooperation", "academic cooperation", "education foundation",
                "educational foundation", "school corporation", "gakuen", "gakuin", "universitetet", "technion",
                "advanced institute of science and technology", "advanced inst sci", "advanced inst of science",
                "inst of techn", "institute of techn", "institut superieur", "inst superieur", "institut national superieur",
                "universitatsklinikum", "universitaetsklinikum", "universitaetmedizin", "universitatsmedizin",
                "academisch", "akademisch", "hogeschool", "hogskola", "hogskolan", "interuniversitair");
        phrases(INSTITUTE, ApplicantType.INSTITUTE, false,
                "institute", "institutes", "inst", "institut", "instituto", "istituto", "instytut", "instituut",
                "institutet", "laboratory",
                "research center", "research centre", "research council", "research foundation",
                "research association", "research organization", "research organisation", "research corporation",
                "research institute", "research laboratory", "academy of sciences", "academy of science",
                "academy of medical sciences", "academia sinica", "cnrs", "centre national de la recherche scientifique",
                "fraunhofer", "max planck", "csir", "inserm", "inria", "national lab", "national laboratory",
                "forschungszentrum", "forschungsinstitut", "recherche", "recherches", "commissariat a lenergie atomique",
                "kenkyusho", "research and development institute", "onderzoek", "foundation for research",
                "research development foundation", "research and development foundation", "commissariat a lenergie",
                "commissariat a lenergies", "council of scientific and industrial research", "council scient ind res",
                "scient ind res");
        phrases(PUBLIC_BODY, ApplicantType.GOVERNMENT_OTHER, false,
                "government", "governmental", "ministry", "ministere", "ministerio", "ministerium", "bundesministerium",
                "bundesamt", "bundesanstalt", "department", "dept", "secretary", "agency", "administration", "navy",
                "naval", "army", "air force", "military", "federal government", "federal agency", "federal office",
                "municipality", "municipal", "metropolitan government", "prefecture", "council", "authority",
                "commission", "european union", "european community", "united nations", "bureau", "office of",
                "office national", "national office", "hospital", "hospitals", "hopital", "hospitalier", "krankenhaus",
                "klinikum", "clinic", "medical center", "medical centre", "health system", "foundation", "fondation",
                "stiftung", "fundacion", "fundacao", "fondazione", "stichting", "association", "associazione",
                "asociacion", "verein", "society", "institution", "church", "charity", "charitable", "nonprofit",
                "non profit", "federation", "police", "vzw", "asbl", "ziekenhuis", "school district", "board of education", "public schools",
                "veterans affairs", "national aeronautics and space administration", "nasa", "commissariat");
        phrases(PUBLIC_BODY, ApplicantType.GOVERNMENT_OTHER, true, "department of", "dept of", "region");
        phrases(COMPANY_WORD, ApplicantType.ENTERPRISE, false, "and");
        phrases(COMPANY_WORD, ApplicantType.ENTERPRISE, false, companyWords.toArray(new String[0]));
    }

    private void phrases(int step, ApplicantType type, boolean atStart, String... list) {
        for (String p : list) {
            String[] words = p.split(" ");
            phrasesByFirst.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(words, atStart, step, type, p));
        }
    }

    private void load(String resource) {
        try (InputStream in = ApplicantTypeClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> target = null;
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                switch (line) {
                    case "[given]" -> target = givenNames;
                    case "[surname]" -> target = surnames;
                    case "[han-surname]" -> target = hanSurnames;
                    case "[company]" -> target = companyWords;
                    default -> {
                        if (target == null) {
                            throw new IllegalStateException(resource + ": words before a [section]");
                        }
                        for (String w : line.split("\\s+")) {
                            target.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
