package dev.navi.clean;

import dev.navi.model.Patent;
import dev.navi.model.PublicationNumber;
import dev.navi.text.StringIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Finds records that are the same publication, the same application or the same family, in linear time
 * (hash keys and union-find; no pairwise comparison).
 *
 * <p>Keys:
 * <ul>
 *   <li><b>publication</b>: the normalised publication number ({@code CN114123456A}); records without one fall back
 *       to their application key;</li>
 *   <li><b>application</b>: the normalised application number (letters and digits, office prefixed, CN check digit
 *       dropped; Lens's trailing kind letter is ignored only where no record carries another letter on the same digits,
 *       so {@code AU 1988/021211 A} and {@code …D} stay two applications); and, where an office gives the A and B publications of one application
 *       the same serial number (CN, EP), office + serial;</li>
 *   <li><b>family</b>: the export's family id (per source layout, since vendors number families differently), the
 *       publication numbers listed as family members, and an identical set of priority numbers (the definition of a
 *       simple family).</li>
 * </ul>
 */
final class Deduplicator {
    /** A group of input records that count as one, with the rule that joined each non-first member. */
    record Group(List<Patent> members, List<String> rules) {
    }

    private Deduplicator() {
    }

    /**
     * Groups as lists of input indices, without a list object per group (a million singletons cost nothing extra):
     * group {@code g} has the members {@code order[start[g]] .. order[start[g + 1] - 1]}, ascending; groups come in the
     * order of their first member. {@code rules[i]} says why input {@code i} joined its group ({@code null} for each
     * group's first member).
     */
    record Grouping(int[] start, int[] order, String[] rules) {
        int size() {
            return start.length - 1;
        }

        int sizeOf(int g) {
            return start[g + 1] - start[g];
        }

        /** The {@code k}-th member (input index) of group {@code g}. */
        int member(int g, int k) {
            return order[start[g] + k];
        }

        /** How many groups have more than one member (the groups the grouping formed). */
        long formed() {
            long n = 0;
            for (int g = 0; g < size(); g++) {
                if (sizeOf(g) > 1) {
                    n++;
                }
            }
            return n;
        }

        /** The rule that joined the {@code k}-th member of group {@code g} ({@code null} for the first). */
        String rule(int g, int k) {
            return rules[order[start[g] + k]];
        }

        <T> List<Group> asGroups(List<T> records, Function<T, Patent> patent) {
            List<Group> out = new ArrayList<>(size());
            for (int g = 0; g < size(); g++) {
                List<Patent> members = new ArrayList<>(sizeOf(g));
                List<String> why = new ArrayList<>(sizeOf(g));
                for (int k = 0; k < sizeOf(g); k++) {
                    members.add(patent.apply(records.get(member(g, k))));
                    why.add(rule(g, k));
                }
                out.add(new Group(members, why));
            }
            return out;
        }
    }

    /** Groups records by publication: the same publication from several files or sources. */
    static List<Group> byPublication(List<Patent> records) {
        return publicationGrouping(records).asGroups(records, p -> p);
    }

    /** Groups merged publications by application. */
    static List<Group> byApplication(List<Patent> records) {
        return applicationGrouping(records).asGroups(records, p -> p);
    }

    /** Groups applications by simple family. */
    static List<Group> byFamily(List<Patent> records) {
        return familyGrouping(records).asGroups(records, p -> p);
    }

    /** {@link #byPublication} as index lists. */
    static Grouping publicationGrouping(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        link(uf, keys(records, Deduplicator::publicationKey), "same publication number");
        return uf.grouping();
    }

    /** {@link #byApplication} as index lists. */
    static Grouping applicationGrouping(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        // a trailing letter after the digits (Lens "US 201715458258 A", "AU 1988/021211 D") may be a kind or part of
        // the number: it is dropped only where no other letter occurs on the same digits, since AU 1988/021211 A and
        // AU 1988/021211 D are different applications (different Lens simple families and priorities)
        StringIndex letterOf = new StringIndex(records.size()); // the digits → their first trailing letter
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        String[] fullKeys = keys(records, Deduplicator::applicationKey);
        for (String full : fullKeys) {
            if (full != null && trailingLetter(full)) {
                String base = full.substring(0, full.length() - 1);
                char letter = full.charAt(full.length() - 1);
                int prev = letterOf.putIfAbsent(base, letter);
                if (prev >= 0 && prev != letter) {
                    ambiguous.add(base);
                }
            }
        }
        link(uf, keys(fullKeys.length, i -> withoutKindLetter(fullKeys[i], ambiguous)), "same application number");
        link(uf, keys(records, Deduplicator::sameSerialKey), "same application (A and B publications share the serial number)");
        return uf.grouping();
    }

    /** {@link #byFamily} as index lists. */
    static Grouping familyGrouping(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        link(uf, keys(records, p -> p.familyId() == null ? null : p.provenance().layout() + ":" + p.familyId()), "same family id");
        link(uf, keys(records, Deduplicator::priorityKey), "same priorities");
        // family member lists: a record is linked to every record whose publication is listed as its family member
        // (Lens lists family members by Lens ID, which is the record's source id, not by publication number); source
        // ids in a map of their own, so no key is built per record and per member
        StringIndex byNumber = new StringIndex(2 * records.size());
        StringIndex bySourceId = new StringIndex(records.size());
        String[] withoutKind = keys(records, p -> p.publicationNumber() == null ? null : withoutKind(p.publicationNumber()));
        for (int i = 0; i < records.size(); i++) {
            Patent p = records.get(i);
            if (p.publicationNumber() != null) {
                byNumber.putIfAbsent(p.publicationNumber(), i);
                byNumber.putIfAbsent(withoutKind[i], i);
            }
            if (p.sourceId() != null) {
                bySourceId.putIfAbsent(p.sourceId(), i);
            }
        }
        // the members found on all cores (the two indexes are only read now), then joined in record order, as one by one
        int[][] members = new int[records.size()][];
        IntStream.range(0, records.size()).parallel().forEach(i -> members[i] = listedMembers(records, i, byNumber, bySourceId));
        for (int i = 0; i < members.length; i++) {
            if (members[i] != null) {
                for (int j : members[i]) {
                    uf.union(i, j, "listed as a family member");
                }
            }
        }
        return uf.grouping();
    }

    /** The other records that record {@code i} lists as its family members, in list order, or {@code null}: none. */
    private static int[] listedMembers(List<Patent> records, int i, StringIndex byNumber, StringIndex bySourceId) {
        List<String> listed = records.get(i).familyMembers();
        if (listed.isEmpty()) {
            return null;
        }
        int[] found = new int[listed.size()];
        int n = 0;
        for (String m : listed) {
            var pn = PublicationNumber.parse(m);
            int j = pn.isPresent() ? byNumber.get(pn.get().compact()) : bySourceId.get(m);
            if (j < 0 && pn.isPresent()) {
                j = byNumber.get(pn.get().withoutKind());
                if (j >= 0 && !sameKindOfRight(pn.get(), records.get(j))) {
                    j = -1; // UA122392 C2 (a patent) and UA122392 U (a utility model) are two documents
                }
            }
            if (j >= 0 && j != i) {
                found[n++] = j;
            }
        }
        return n == 0 ? null : n == found.length ? found : java.util.Arrays.copyOf(found, n);
    }

    /** The record's priority numbers sorted and joined with {@code ;} (one number is its own key), or {@code null}. */
    private static String priorityKey(Patent p) {
        List<String> numbers = p.priorityNumbers();
        switch (numbers.size()) {
            case 0:
                return null;
            case 1:
                return numbers.get(0);
            case 2: {
                String a = numbers.get(0);
                String b = numbers.get(1);
                int c = a.compareTo(b);
                return c == 0 ? a : c < 0 ? a + ";" + b : b + ";" + a;
            }
            default:
                return String.join(";", new java.util.TreeSet<>(numbers));
        }
    }

    /**
     * Whether a listed member and a record with the same serial are the same kind of right (invention, utility model,
     * design), as their kind codes say; true when either kind is unknown. Offices such as UA number patents and
     * utility models in separate series, so the serial alone does not make them one document.
     */
    private static boolean sameKindOfRight(PublicationNumber member, Patent record) {
        var own = PublicationNumber.parse(record.publicationNumber());
        if (own.isEmpty()) {
            return true;
        }
        var a = dev.navi.model.PatentType.fromKind(member.office(), member.kind());
        var b = dev.navi.model.PatentType.fromKind(own.get().office(), own.get().kind());
        return a == null || b == null || a == b;
    }

    /** True when a record carries any family evidence (family id, members or priorities). */
    static boolean hasFamilyData(Patent p) {
        return p.familyId() != null || !p.familyMembers().isEmpty() || !p.priorityNumbers().isEmpty();
    }

    static String publicationKey(Patent p) {
        if (p.publicationNumber() != null) {
            return p.publicationNumber();
        }
        String app = applicationKey(p);
        return app != null ? "APP:" + app : "ROW:" + p.provenance().location();
    }

    /** The normalised application number with any trailing letter kept, or {@code null}. */
    static String applicationKey(Patent p) {
        String raw = p.applicationNumber();
        if (raw == null) {
            return null;
        }
        String s = raw.toUpperCase(Locale.ROOT);
        int dot = s.indexOf('.');
        if (dot > 0 && s.length() - dot <= 2) {
            s = s.substring(0, dot); // CN check digit "202110123456.7"
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String k = b.toString();
        if (k.isEmpty()) {
            return null;
        }
        if (Character.isDigit(k.charAt(0)) && p.office() != null) {
            k = p.office() + k;
        }
        return k;
    }

    /** The application key without its trailing letter, unless other letters occur on the same digits, or {@code null}. */
    private static String withoutKindLetter(String full, java.util.Set<String> ambiguous) {
        if (full == null || !trailingLetter(full)) {
            return full;
        }
        String base = full.substring(0, full.length() - 1);
        return ambiguous.contains(base) ? full : base;
    }

    /** Digits then one letter at the end: Lens's application kind ({@code A}, {@code D}, {@code U}, {@code W} ...). */
    private static boolean trailingLetter(String key) {
        int n = key.length();
        return n > 3 && Character.isDigit(key.charAt(n - 2)) && Character.isLetter(key.charAt(n - 1));
    }

    /** CN and EP: office + serial of an A/B/C publication. */
    private static String sameSerialKey(Patent p) {
        if (p.publicationNumber() == null || p.kindCode() == null) {
            return null;
        }
        char k = p.kindCode().charAt(0);
        if (k != 'A' && k != 'B' && k != 'C') {
            return null;
        }
        return PublicationNumber.parse(p.publicationNumber())
                .filter(pn -> pn.office().equals("CN") || pn.office().equals("EP"))
                .map(PublicationNumber::withoutKind).orElse(null);
    }

    private static String withoutKind(String number) {
        return PublicationNumber.parse(number).map(PublicationNumber::withoutKind).orElse(number);
    }

    /**
     * Each record's key ({@code null}: none), made and hashed on all cores (the common fork-join pool): a key looks at
     * its own record only, and the keys of a million records were most of a grouping's time on one thread.
     */
    private static String[] keys(List<Patent> records, Function<Patent, String> key) {
        return keys(records.size(), i -> key.apply(records.get(i)));
    }

    /** Keys {@code 0 .. n - 1} ({@code null}: none), made and hashed on all cores; {@code key} must be safe to call so. */
    private static String[] keys(int n, java.util.function.IntFunction<String> key) {
        String[] keys = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> keys[i] = hashed(key.apply(i)));
        return keys;
    }

    /** {@code s}, its hash computed now (a String caches it), so the index that takes it does not compute it. */
    private static String hashed(String s) {
        if (s != null) {
            s.hashCode();
        }
        return s;
    }

    /** Joins every record to the first record with the same key, in record order. */
    private static void link(UnionFind uf, String[] keys, String rule) {
        StringIndex seen = new StringIndex(keys.length);
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (k == null) {
                continue;
            }
            int j = seen.putIfAbsent(k, i);
            if (j >= 0) {
                uf.union(j, i, rule);
            }
        }
    }

    /** Union-find over record indices that remembers the first rule that joined each index to its group. */
    private static final class UnionFind {
        private final int[] parent;
        private final String[] rule;

        UnionFind(int n) {
            parent = new int[n];
            rule = new String[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b, String why) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            // the lower index stays the root so groups keep input order
            if (rb < ra) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            if (rule[rb] == null) {
                rule[rb] = why;
            }
            if (rule[b] == null && b != ra) {
                rule[b] = why;
            }
        }

        /** The groups: the root of each is its smallest index (see {@link #union}), so groups come in input order. */
        Grouping grouping() {
            int n = parent.length;
            int[] root = new int[n];
            int[] count = new int[n];
            int groups = 0;
            for (int i = 0; i < n; i++) {
                root[i] = find(i);
                if (count[root[i]]++ == 0) {
                    groups++;
                }
            }
            int[] start = new int[groups + 1];
            int[] slot = new int[n]; // a root's next free position in order
            int g = 0;
            int pos = 0;
            for (int r = 0; r < n; r++) {
                if (count[r] > 0) {
                    start[g++] = pos;
                    slot[r] = pos;
                    pos += count[r];
                }
            }
            start[groups] = n;
            int[] order = new int[n];
            String[] rules = new String[n];
            for (int i = 0; i < n; i++) {
                order[slot[root[i]]++] = i;
                rules[i] = i == root[i] ? null : rule[i] == null ? "linked through another member" : rule[i];
            }
            return new Grouping(start, order, rules);
        }
    }

    /** Orders a group's members for choosing a family representative: earliest application, then publication. */
    static final Comparator<Patent> EARLIEST = Comparator
            .comparing((Patent p) -> p.applicationDate() == null ? LocalDate.MAX : p.applicationDate())
            .thenComparing(p -> p.publicationDate() == null ? LocalDate.MAX : p.publicationDate())
            .thenComparing(p -> p.publicationNumber() == null ? "" : p.publicationNumber());
}
