package dev.navi.clean;

import dev.navi.model.Patent;
import dev.navi.model.PublicationNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds records that are the same publication, the same application or the same family, in linear time
 * (hash keys and union-find; no pairwise comparison).
 *
 * <p>Keys:
 * <ul>
 *   <li><b>publication</b>: the normalised publication number ({@code CN114123456A}); records without one fall back
 *       to their application key;</li>
 *   <li><b>application</b>: the normalised application number (letters and digits, office prefixed, CN check digit and
 *       Lens's trailing kind letter dropped); and, where an office gives the A and B publications of one application
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

    /** Groups records by publication: the same publication from several files or sources. */
    static List<Group> byPublication(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String key = publicationKey(records.get(i));
            Integer j = seen.putIfAbsent(key, i);
            if (j != null) {
                uf.union(j, i, "same publication number");
            }
        }
        return uf.groups(records);
    }

    /** Groups merged publications by application. */
    static List<Group> byApplication(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        link(uf, records, Deduplicator::applicationKey, "same application number");
        link(uf, records, Deduplicator::sameSerialKey, "same application (A and B publications share the serial number)");
        return uf.groups(records);
    }

    /** Groups applications by simple family. */
    static List<Group> byFamily(List<Patent> records) {
        UnionFind uf = new UnionFind(records.size());
        link(uf, records, p -> p.familyId() == null ? null : p.provenance().layout() + ":" + p.familyId(), "same family id");
        link(uf, records, p -> p.priorityNumbers().isEmpty() ? null
                : String.join(";", new java.util.TreeSet<>(p.priorityNumbers())), "same priorities");
        // family member lists: a record is linked to every record whose publication is listed as its family member
        // (Lens lists family members by Lens ID, which is the record's source id, not by publication number)
        Map<String, Integer> byNumber = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Patent p = records.get(i);
            if (p.publicationNumber() != null) {
                byNumber.putIfAbsent(p.publicationNumber(), i);
                byNumber.putIfAbsent(withoutKind(p.publicationNumber()), i);
            }
            if (p.sourceId() != null) {
                byNumber.putIfAbsent("ID:" + p.sourceId(), i);
            }
        }
        for (int i = 0; i < records.size(); i++) {
            for (String m : records.get(i).familyMembers()) {
                var pn = PublicationNumber.parse(m);
                Integer j = pn.isPresent() ? byNumber.get(pn.get().compact()) : byNumber.get("ID:" + m);
                if (j == null && pn.isPresent()) {
                    j = byNumber.get(pn.get().withoutKind());
                }
                if (j != null && j != i) {
                    uf.union(i, j, "listed as a family member");
                }
            }
        }
        return uf.groups(records);
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

    /** The normalised application number, or {@code null}. */
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
        if (k.length() > 2 && Character.isDigit(k.charAt(k.length() - 2)) && Character.isLetter(k.charAt(k.length() - 1))) {
            k = k.substring(0, k.length() - 1); // Lens "US 201715458258 A": the trailing letter is a kind, not the number
        }
        if (Character.isDigit(k.charAt(0)) && p.office() != null) {
            k = p.office() + k;
        }
        return k;
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

    private static void link(UnionFind uf, List<Patent> records, Function<Patent, String> key, String rule) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            if (k == null) {
                continue;
            }
            Integer j = seen.putIfAbsent(k, i);
            if (j != null) {
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

        List<Group> groups(List<Patent> records) {
            Map<Integer, List<Integer>> byRoot = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            List<Group> out = new ArrayList<>(byRoot.size());
            for (List<Integer> idx : byRoot.values()) {
                List<Patent> members = new ArrayList<>(idx.size());
                List<String> rules = new ArrayList<>(idx.size());
                for (int i : idx) {
                    members.add(records.get(i));
                    rules.add(i == idx.get(0) ? null : rule[i] == null ? "linked through another member" : rule[i]);
                }
                out.add(new Group(members, rules));
            }
            return out;
        }
    }

    /** Orders a group's members for choosing a family representative: earliest application, then publication. */
    static final Comparator<Patent> EARLIEST = Comparator
            .comparing((Patent p) -> p.applicationDate() == null ? LocalDate.MAX : p.applicationDate())
            .thenComparing(p -> p.publicationDate() == null ? LocalDate.MAX : p.publicationDate())
            .thenComparing(p -> p.publicationNumber() == null ? "" : p.publicationNumber());
}
