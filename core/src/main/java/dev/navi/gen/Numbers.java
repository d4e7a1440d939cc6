package dev.navi.gen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Publication and application numbers in each office's real shape, unique within a generated sequence, and the
 * vendor spellings of them (Lens display keys and application numbers, Lens IDs, Google ids).
 *
 * <p>Uniqueness: every number series (office, kind, year or prefix) has its own counter, and the counter is mapped
 * to a serial by an affine bijection modulo the series' size, so serials look scattered but never repeat until a
 * series holds more numbers than it has room for (hundreds of thousands per year and office: far more than any
 * generated set of a few million records uses). The bijection's offset depends on the seed, so two seeds' series
 * are shifted against each other and share a number only by rare coincidence.
 */
final class Numbers {
    private final Map<String, long[]> counters = new HashMap<>();
    private final Map<Long, Long> multipliers = new HashMap<>();
    private final long seedMix;

    /** Numbers for one seed: the seed shifts every series, so different seeds rarely hand out the same number. */
    Numbers(long seed) {
        this.seedMix = mix(seed ^ 0x3C6EF372FE94F82BL);
    }

    /** The next serial in {@code series}, in {@code [0, modulus)}. */
    long next(String series, long modulus) {
        long count = counters.computeIfAbsent(series, s -> new long[1])[0]++;
        long a = multipliers.computeIfAbsent(modulus, Numbers::multiplier);
        long salt = Long.remainderUnsigned(mix(series.hashCode() ^ seedMix), modulus);
        return Math.floorMod(count * a + salt, modulus);
    }

    /** An odd multiplier near 0.618 × modulus that is coprime with it (so the map is a bijection). */
    private static long multiplier(long modulus) {
        long a = (long) (modulus * 0.6180339887) | 1;
        while (gcd(a, modulus) != 1) {
            a += 2;
        }
        return a;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Chinese numbers.

    /** CN application number {@code CN202110123456.7}: year, type (1 invention, 2 utility model, 8 PCT national phase), serial, check digit. */
    String cnApplication(LocalDate filed, int type) {
        int year = filed.getYear();
        String digits = year + Integer.toString(type) + pad(next("CN-APP-" + year + type, 2_000_000), 7);
        return "CN" + digits + "." + cnCheckDigit(digits);
    }

    /** The CNIPA check digit of a 12-digit application number (weights 2–9 cycling, mod 11, 10 → X). */
    static char cnCheckDigit(String digits) {
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * w[i];
        }
        int c = sum % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    /** Number (without kind) of a CN invention publication, whose prefix follows the publication date. */
    String cnInvention(LocalDate published) {
        int y = published.getYear();
        boolean h2 = published.getMonthValue() > 6;
        if (y <= 2006) {
            String p = y <= 2005 ? (h2 ? "17" : "16") : (h2 ? "19" : "18");
            return "CN" + p + pad(next("CN-A-" + p, 100_000), 5);
        }
        String prefix;
        if (y <= 2009) {
            prefix = "101";
        } else if (y <= 2011) {
            prefix = y == 2010 && !h2 ? "101" : "102";
        } else {
            // 2012 H2 "103" ... roughly one prefix a year, two in the busiest years
            String[] byHalf = {"102", "103", "103", "103", "103", "104", "104", "105", "105", "106", "106", "107", "108",
                    "109", "109", "110", "111", "112", "112", "113", "114", "115", "116", "117", "117", "118", "119", "120",
                    "121", "122"};
            int idx = Math.min(byHalf.length - 1, (y - 2012) * 2 + (h2 ? 1 : 0));
            prefix = byHalf[idx];
        }
        return "CN" + prefix + pad(next("CN-A-" + prefix, 1_000_000), 6);
    }

    /** Number (without kind) of a CN utility-model publication. */
    String cnUtilityModel(LocalDate published) {
        int y = published.getYear();
        boolean h2 = published.getMonthValue() > 6;
        if (y <= 2006) {
            String p = y <= 2005 ? "27" : "28";
            return "CN" + p + pad(next("CN-U-" + p, 100_000), 5);
        }
        String[] byHalf = {"200", "200", "201", "201", "201", "201", "201", "201", "202", "202", "202", "202", "203", "203",
                "203", "204", "204", "205", "205", "206", "206", "207", "207", "208", "209", "210", "211", "212", "213",
                "214", "215", "216", "217", "218", "219", "219", "220", "221", "222", "223"};
        String prefix = byHalf[Math.min(byHalf.length - 1, (y - 2007) * 2 + (h2 ? 1 : 0))];
        return "CN" + prefix + pad(next("CN-U-" + prefix, 1_000_000), 6);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Foreign numbers.

    String usApplication(LocalDate filed) {
        int y = filed.getYear();
        String series = y <= 2007 ? "11" : y <= 2010 ? "12" : y <= 2012 ? "13" : y <= 2014 ? "14" : y <= 2016 ? "15"
                : y <= 2019 ? "16" : y <= 2021 ? "17" : y <= 2024 ? "18" : "19";
        return "US" + series + pad(next("US-APP-" + series, 1_000_000), 6);
    }

    /** US pre-grant publication {@code US20210123456} (kind A1 added by the caller). */
    String usPreGrant(LocalDate published) {
        int y = published.getYear();
        return "US" + y + pad(next("US-A1-" + y, 400_000), 7);
    }

    /** US patent number, in the range granted that year. */
    String usGrant(LocalDate granted) {
        long[] start = {6_837_000, 6_981_000, 7_155_000, 7_313_000, 7_472_000, 7_640_000, 7_861_000, 8_087_000, 8_341_000,
                8_621_000, 8_925_000, 9_226_000, 9_532_000, 9_854_000, 10_165_000, 10_524_000, 10_881_000, 11_212_000,
                11_540_000, 11_856_000, 12_185_000, 12_500_000};
        int i = Math.max(0, Math.min(start.length - 2, granted.getYear() - 2005));
        return "US" + (start[i] + next("US-B-" + i, start[i + 1] - start[i]));
    }

    String epApplication(LocalDate filed) {
        int yy = filed.getYear() % 100;
        return "EP" + pad(yy, 2) + pad(next("EP-APP-" + yy, 1_000_000), 6);
    }

    /** EP publication number (shared by A1 and B1), in the range published in the A1's year. */
    String epPublication(LocalDate published) {
        int i = Math.max(0, published.getYear() - 2005);
        return "EP" + (1_496_000 + 150_000L * i + next("EP-" + i, 150_000));
    }

    String jpApplication(LocalDate filed) {
        int y = filed.getYear();
        return "JP" + y + pad(next("JP-APP-" + y, 1_000_000), 6);
    }

    String jpPublication(LocalDate published) {
        int y = published.getYear();
        return "JP" + y + pad(next("JP-A-" + y, 200_000), 6);
    }

    String jpGrant(LocalDate granted) {
        int i = Math.max(0, granted.getYear() - 2005);
        return "JP" + (3_650_000 + 200_000L * i + next("JP-B-" + i, 200_000));
    }

    String krApplication(LocalDate filed) {
        int y = filed.getYear();
        return "KR10" + y + pad(next("KR-APP-" + y, 10_000_000), 7);
    }

    String krPublication(LocalDate published) {
        int y = published.getYear();
        return "KR" + y + pad(next("KR-A-" + y, 200_000), 7);
    }

    String krGrant(LocalDate granted) {
        int i = Math.max(0, granted.getYear() - 2005);
        return "KR10" + pad(480_000 + 115_000L * i + next("KR-B-" + i, 115_000), 7);
    }

    /** PCT application {@code PCT/CN2021/123456}. */
    String pctApplication(String receivingOffice, LocalDate filed) {
        int y = filed.getYear();
        return "PCT/" + receivingOffice + y + "/" + pad(next("PCT-" + receivingOffice + y, 1_000_000), 6);
    }

    String woPublication(LocalDate published) {
        int y = published.getYear();
        return "WO" + y + pad(next("WO-" + y, 300_000), 6);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Vendor spellings.

    /** Lens display key: {@code CN 114123456 A}, {@code US 2021/0123456 A1}, {@code WO 2021/123456 A1}. */
    static String lensDisplayKey(String office, String publicationNumber, String kind) {
        String serial = publicationNumber.substring(2, publicationNumber.length() - kind.length());
        if ((office.equals("US") && serial.length() == 11) || (office.equals("WO") && serial.length() == 10)) {
            serial = serial.substring(0, 4) + "/" + serial.substring(4);
        }
        return office + " " + serial + " " + kind;
    }

    /** Google Patents id: {@code CN-114123456-A}. */
    static String googleId(String office, String publicationNumber, String kind) {
        return office + "-" + publicationNumber.substring(2, publicationNumber.length() - kind.length()) + "-" + kind;
    }

    /**
     * An application number as Lens writes it: office, year-prefixed serial without check digit, and an application
     * kind ({@code CN 202110123456 A}, {@code US 202117123456 A}, {@code KR 20210012345 A}, {@code CN 2021123456 W}).
     *
     * @param number  the application number as Chinese databases write it
     * @param filed   the filing date (US serial numbers carry no year)
     * @param utility true for utility models (kind U)
     */
    static String lensApplication(String number, LocalDate filed, boolean utility) {
        if (number.startsWith("PCT/")) {
            String ro = number.substring(4, 6);
            return ro + " " + number.substring(6).replace("/", "") + " W";
        }
        String office = number.substring(0, 2);
        String rest = number.substring(2);
        int dot = rest.indexOf('.');
        if (dot >= 0) {
            rest = rest.substring(0, dot);
        }
        switch (office) {
            case "US":
                rest = filed.getYear() + rest;
                break;
            case "KR":
                rest = rest.startsWith("10") ? rest.substring(2) : rest;
                break;
            default:
                break;
        }
        return office + " " + rest + " " + (utility ? "U" : "A");
    }

    /**
     * A Lens ID ({@code 004-833-779-175-375}): fifteen characters in groups of three, the last a check character that
     * can be {@code X}. Derived from the publication number, so the same publication always gets the same id.
     */
    static String lensId(String publicationNumber) {
        long h = mix(fnv(publicationNumber));
        String digits = pad(Long.remainderUnsigned(h, 100_000_000_000_000L), 14);
        int check = (int) Long.remainderUnsigned(h >>> 17, 11);
        String s = digits + (check == 10 ? "X" : Integer.toString(check));
        return s.substring(0, 3) + "-" + s.substring(3, 6) + "-" + s.substring(6, 9) + "-" + s.substring(9, 12) + "-"
                + s.substring(12, 15);
    }

    /** A stable hash of a text, for decisions a writer makes per record (quirks, figure links). */
    static long hash(String s) {
        return mix(fnv(s));
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String hex(long h, int n) {
        String s = Long.toHexString(h);
        while (s.length() < n) {
            s = s + Long.toHexString(mix(h + s.length()));
        }
        return s.substring(0, n).toLowerCase(Locale.ROOT);
    }
}
