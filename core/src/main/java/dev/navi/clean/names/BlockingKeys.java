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
            "corp corporation");
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
