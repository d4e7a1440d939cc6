package dev.navi.clean.names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Clusters distinct applicant names (with their counts) into applicants, transparently and deterministically.
 *
 * <h2>Method</h2>
 * Names are nodes of a union-find; rules add links in this fixed order, each rule by bucketing names on one key
 * (a hash map from key to the first name seen), so the whole run is linear in the number of distinct names —
 * there is no pairwise comparison:
 * <ol>
 *   <li>{@link MergeRule#ALIAS alias table} — names the alias table maps to the same standard name;</li>
 *   <li>{@link MergeRule#SAME_KEY same key} — names with the same {@link NameNormaliser#key matching key};</li>
 *   <li>{@link MergeRule#EVIDENCE evidence} — supplied pairs known to be the same applicant (a vendor's
 *       standardised-name column, a manual list), labelled with the evidence's own rule text;</li>
 *   <li>{@link MergeRule#SPACING key without spaces}, {@link MergeRule#TOKEN_ORDER token-sorted key},
 *       {@link MergeRule#ABBREVIATION abbreviation key} and {@link MergeRule#PLACE_PREFIX key without place
 *       prefix} (the last only when the remainder is long and at most one place occurs with it).</li>
 * </ol>
 * Two clusters that the alias table assigns to different standard names are never joined by a later rule:
 * the analyst's table is a cannot-link. Every link that joins two clusters is recorded with its rule, and each
 * member reports the rule and the name that brought it in, so every merge is explained by one named rule.
 *
 * <p>Names in different scripts ({@code 深圳市大疆创新科技有限公司} / {@code SZ DJI TECHNOLOGY CO LTD}) share no key,
 * so they merge only through the alias table or supplied evidence. Acronyms ({@code IBM} / {@code International
 * Business Machines}) likewise: matching them automatically would join unrelated firms at this scale.
 *
 * <p><b>Standard name</b>: the alias table's standard name if the cluster has one, else its most frequent
 * member (ties: lexicographically first). <b>Group</b>: the alias table's group, else the standard name.
 * <b>Type</b>: the {@link ApplicantTypeClassifier} type of the standard name; if only its default rule fired,
 * that of the most frequent member that a real rule classifies. Output is sorted by total count (descending),
 * then standard name. Names whose key is empty (no letters or digits) are left out. Per-name work (keys,
 * blocking keys, alias look-ups, types) runs in parallel into one slot per name, while links are made
 * sequentially in name order, so the result never depends on thread scheduling. Thread-safe.
 */
public final class NameClusterer {

    /**
     * Evidence that two names denote the same applicant. {@code rule} is the label shown on the member (blank
     * means {@link MergeRule#EVIDENCE}'s label). Names that do not occur in the counts join with count 0.
     */
    public record Evidence(String name, String sameAs, String rule) {
        public Evidence {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sameAs, "sameAs");
            rule = rule == null || rule.isBlank() ? MergeRule.EVIDENCE.label() : rule.strip();
        }
    }

    private final AliasTable aliases;
    private final NameNormaliser normaliser;
    private final ApplicantTypeClassifier classifier;

    /** A clusterer with the standard normaliser and classifier. */
    public NameClusterer(AliasTable aliases) {
        this(aliases, NameNormaliser.standard(), ApplicantTypeClassifier.standard());
    }

    /** A clusterer with explicit parts. */
    public NameClusterer(AliasTable aliases, NameNormaliser normaliser, ApplicantTypeClassifier classifier) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Clusters names with their counts (counts must not be negative). */
    public List<Cluster> cluster(Map<String, Long> counts) {
        return cluster(counts, List.of());
    }

    /** Clusters names with their counts, using evidence pairs as well. */
    public List<Cluster> cluster(Map<String, Long> counts, Collection<Evidence> evidence) {
        Map<String, Long> all = new HashMap<>(Math.max(16, (counts.size() + 2 * evidence.size()) * 4 / 3 + 1));
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey() == null) {
                continue;
            }
            long c = e.getValue() == null ? 0 : e.getValue();
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c + " for '" + e.getKey() + "'");
            }
            all.merge(e.getKey(), c, Long::sum);
        }
        List<Evidence> pairs = new ArrayList<>(evidence);
        pairs.sort(Comparator.comparing(Evidence::name).thenComparing(Evidence::sameAs).thenComparing(Evidence::rule));
        for (Evidence ev : pairs) {
            all.putIfAbsent(ev.name(), 0L);
            all.putIfAbsent(ev.sameAs(), 0L);
        }
        String[] sorted = all.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        // keys are computed in parallel into a slot per name, so the result does not depend on scheduling
        String[] keyOf = new String[sorted.length];
        IntStream.range(0, sorted.length).parallel().forEach(i -> keyOf[i] = normaliser.key(sorted[i]));
        Run run = new Run(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            if (!keyOf[i].isEmpty()) {
                run.add(sorted[i], all.get(sorted[i]), keyOf[i]);
            }
        }
        run.link(pairs);
        return run.clusters();
    }

    /** The state of one clustering run; arrays indexed by node (names in sorted order). */
    private final class Run {
        private final String[] names;
        private final long[] counts;
        private final String[] keys;
        private int n;
        private final int[] parent;
        private final int[] size;
        private final int[] aliasOfRoot;
        private final int[] aliasOfNode;
        private final List<AliasTable.Entry> standards = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private int[] edgeA = new int[16];
        private int[] edgeB = new int[16];
        private int[] edgeRule = new int[16];
        private int edges;

        Run(int capacity) {
            names = new String[capacity];
            counts = new long[capacity];
            keys = new String[capacity];
            parent = new int[capacity];
            size = new int[capacity];
            aliasOfRoot = new int[capacity];
            aliasOfNode = new int[capacity];
            for (MergeRule r : MergeRule.values()) {
                labels.add(r.label());
            }
        }

        void add(String name, long count, String key) {
            names[n] = name;
            counts[n] = count;
            keys[n] = key;
            parent[n] = n;
            size[n] = 1;
            n++;
        }

        void link(List<Evidence> evidence) {
            // 1. alias table
            Map<String, Integer> standardIds = new HashMap<>();
            int[] firstOfStandard = new int[n];
            Arrays.fill(firstOfStandard, -1);
            AliasTable.Entry[] found = new AliasTable.Entry[n];
            IntStream.range(0, n).parallel().forEach(i -> found[i] = aliases.lookupByKey(keys[i]).orElse(null));
            for (int i = 0; i < n; i++) {
                AliasTable.Entry e = found[i];
                int id = -1;
                if (e != null) {
                    String stdKey = normaliser.key(e.standard());
                    Integer known = standardIds.get(stdKey);
                    if (known == null) {
                        known = standards.size();
                        standardIds.put(stdKey, known);
                        standards.add(e);
                    }
                    id = known;
                }
                aliasOfNode[i] = id;
                aliasOfRoot[i] = id;
            }
            for (int i = 0; i < n; i++) {
                int id = aliasOfNode[i];
                if (id >= 0) {
                    if (firstOfStandard[id] < 0) {
                        firstOfStandard[id] = i;
                    } else {
                        union(firstOfStandard[id], i, MergeRule.ALIAS.ordinal());
                    }
                }
            }
            // 2. same key
            bucket(k -> k, MergeRule.SAME_KEY);
            // 3. evidence
            for (Evidence ev : evidence) {
                int a = Arrays.binarySearch(names, 0, n, ev.name());
                int b = Arrays.binarySearch(names, 0, n, ev.sameAs());
                if (a >= 0 && b >= 0) {
                    int label = labels.indexOf(ev.rule());
                    if (label < 0) {
                        label = labels.size();
                        labels.add(ev.rule());
                    }
                    union(a, b, label);
                }
            }
            // 4. fuzzy keys
            bucket(k -> k.replace(" ", ""), MergeRule.SPACING);
            bucket(BlockingKeys::tokenSorted, MergeRule.TOKEN_ORDER);
            bucket(BlockingKeys::abbreviated, MergeRule.ABBREVIATION);
            placePrefix();
        }

        private void bucket(UnaryOperator<String> keyFn, MergeRule rule) {
            String[] blockKey = new String[n];
            IntStream.range(0, n).parallel().forEach(i -> blockKey[i] = keyFn.apply(keys[i]));
            Map<String, Integer> first = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                String k = blockKey[i];
                if (k == null) {
                    continue;
                }
                Integer f = first.putIfAbsent(k, i);
                if (f != null) {
                    union(f, i, rule.ordinal());
                }
            }
        }

        private void placePrefix() {
            final class Bucket {
                final List<Integer> members = new ArrayList<>();
                final Set<String> places = new HashSet<>();
            }
            Map<String, Bucket> byRest = new HashMap<>();
            List<Bucket> order = new ArrayList<>();
            BlockingKeys.Placed[] placed = new BlockingKeys.Placed[n];
            IntStream.range(0, n).parallel().forEach(i -> placed[i] = BlockingKeys.withoutPlace(keys[i]));
            for (int i = 0; i < n; i++) {
                BlockingKeys.Placed p = placed[i];
                if (p == null) {
                    continue;
                }
                Bucket b = byRest.get(p.rest());
                if (b == null) {
                    b = new Bucket();
                    byRest.put(p.rest(), b);
                    order.add(b);
                }
                b.members.add(i);
                b.places.add(p.place());
            }
            for (int i = 0; i < n; i++) {
                Bucket b = byRest.get(keys[i]);
                if (b != null) {
                    b.members.add(i);
                }
            }
            for (Bucket b : order) {
                if (b.places.size() > 1 || b.members.size() < 2) {
                    continue;
                }
                b.members.sort(Comparator.naturalOrder());
                int head = b.members.get(0);
                for (int j = 1; j < b.members.size(); j++) {
                    union(head, b.members.get(j), MergeRule.PLACE_PREFIX.ordinal());
                }
            }
        }

        private int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private void union(int a, int b, int rule) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int sa = aliasOfRoot[ra];
            int sb = aliasOfRoot[rb];
            if (sa >= 0 && sb >= 0 && sa != sb) {
                return; // the alias table says these are different applicants
            }
            int root = size[ra] > size[rb] || (size[ra] == size[rb] && ra < rb) ? ra : rb;
            int child = root == ra ? rb : ra;
            parent[child] = root;
            size[root] += size[child];
            aliasOfRoot[root] = sa >= 0 ? sa : sb;
            if (edges == edgeA.length) {
                edgeA = Arrays.copyOf(edgeA, edges * 2);
                edgeB = Arrays.copyOf(edgeB, edges * 2);
                edgeRule = Arrays.copyOf(edgeRule, edges * 2);
            }
            edgeA[edges] = a;
            edgeB[edges] = b;
            edgeRule[edges] = rule;
            edges++;
        }

        List<Cluster> clusters() {
            // members of each component, components in order of their smallest node
            int[] root = new int[n];
            int[] memberCount = new int[n];
            for (int i = 0; i < n; i++) {
                root[i] = find(i);
                memberCount[root[i]]++;
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + memberCount[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] members = new int[n];
            for (int i = 0; i < n; i++) {
                members[fill[root[i]]++] = i;
            }
            // adjacency of the recorded links
            int[] degree = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                degree[edgeA[e] + 1]++;
                degree[edgeB[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                degree[i + 1] += degree[i];
            }
            int[] adjNode = new int[2 * edges];
            int[] adjRule = new int[2 * edges];
            int[] pos = Arrays.copyOf(degree, n);
            for (int e = 0; e < edges; e++) {
                adjNode[pos[edgeA[e]]] = edgeB[e];
                adjRule[pos[edgeA[e]]++] = edgeRule[e];
                adjNode[pos[edgeB[e]]] = edgeA[e];
                adjRule[pos[edgeB[e]]++] = edgeRule[e];
            }
            int[] viaNode = new int[n];
            int[] viaRule = new int[n];
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            List<Cluster> out = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (memberCount[r] == 0) {
                    continue;
                }
                int from = start[r];
                int to = start[r + 1];
                int aliasId = aliasOfRoot[r];
                AliasTable.Entry alias = aliasId >= 0 ? standards.get(aliasId) : null;
                int top = -1;
                for (int m = from; m < to; m++) {
                    int i = members[m];
                    if (alias != null && aliasOfNode[i] != aliasId) {
                        continue;
                    }
                    if (top < 0 || counts[i] > counts[top] || (counts[i] == counts[top] && names[i].compareTo(names[top]) < 0)) {
                        top = i;
                    }
                }
                String standard = alias != null ? alias.standard() : names[top];
                String group = alias != null ? alias.groupOrStandard() : standard;
                // breadth-first over the links from the first member: each member's rule and link
                int head = 0;
                int tail = 0;
                queue[tail++] = top;
                seen[top] = true;
                viaNode[top] = -1;
                viaRule[top] = alias != null ? MergeRule.ALIAS.ordinal() : MergeRule.MOST_FREQUENT.ordinal();
                while (head < tail) {
                    int u = queue[head++];
                    for (int a = degree[u]; a < degree[u + 1]; a++) {
                        int v = adjNode[a];
                        if (!seen[v]) {
                            seen[v] = true;
                            viaNode[v] = u;
                            viaRule[v] = adjRule[a];
                            queue[tail++] = v;
                        }
                    }
                }
                List<Cluster.Member> list = new ArrayList<>(to - from);
                for (int m = from; m < to; m++) {
                    int i = members[m];
                    String rule = labels.get(viaRule[i]);
                    String via;
                    if (viaRule[i] == MergeRule.ALIAS.ordinal()) {
                        via = alias != null ? alias.standard() : "";
                    } else {
                        via = viaNode[i] < 0 ? "" : names[viaNode[i]];
                    }
                    list.add(new Cluster.Member(names[i], counts[i], rule, via));
                }
                list.sort(Comparator.comparingLong(Cluster.Member::count).reversed().thenComparing(Cluster.Member::name));
                out.add(new Cluster("", standard, group, ApplicantType.ENTERPRISE, list));
            }
            ApplicantType[] types = new ApplicantType[out.size()];
            IntStream.range(0, out.size()).parallel()
                    .forEach(c -> types[c] = typeOf(out.get(c).standardName(), out.get(c).members()));
            for (int c = 0; c < out.size(); c++) {
                Cluster x = out.get(c);
                out.set(c, new Cluster(x.id(), x.standardName(), x.group(), types[c], x.members()));
            }
            out.sort(Comparator.comparingLong(Cluster::totalCount).reversed().thenComparing(Cluster::standardName)
                    .thenComparing(c -> c.members().get(0).name()));
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Set<String> ids = new HashSet<>();
            List<Cluster> result = new ArrayList<>(out.size());
            for (Cluster c : out) {
                String base = id(sha, c.standardName());
                String id = base;
                for (int k = 2; !ids.add(id); k++) {
                    id = base + "-" + k;
                }
                result.add(new Cluster(id, c.standardName(), c.group(), c.type(), c.members()));
            }
            return List.copyOf(result);
        }

        private ApplicantType typeOf(String standard, List<Cluster.Member> members) {
            ApplicantTypeClassifier.Classification c = classifier.classify(standard);
            if (!c.rule().contains("default")) {
                return c.type();
            }
            int tried = 0;
            for (Cluster.Member m : members) {
                if (tried++ >= 5) {
                    break;
                }
                ApplicantTypeClassifier.Classification mc = classifier.classify(m.name());
                if (!mc.rule().contains("default")) {
                    return mc.type();
                }
            }
            return c.type();
        }
    }

    private static String id(MessageDigest sha, String standard) {
        byte[] digest = sha.digest(standard.getBytes(StandardCharsets.UTF_8));
        return "C" + HexFormat.of().formatHex(digest, 0, 6);
    }
}
