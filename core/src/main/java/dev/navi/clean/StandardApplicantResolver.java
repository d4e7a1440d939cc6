package dev.navi.clean;

import dev.navi.clean.names.AliasTable;
import dev.navi.clean.names.Cluster;
import dev.navi.clean.names.ClusterTableWriter;
import dev.navi.clean.names.NameClusterer;
import dev.navi.clean.names.SuggestionSheetWriter;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.ChinaPlace;
import dev.navi.clean.region.Countries;
import dev.navi.clean.region.CountryGuess;
import dev.navi.model.Patent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves applicants with navi's standard parts: {@link NameClusterer} (normalisation, clustering, the alias table),
 * {@link dev.navi.clean.names.ApplicantTypeClassifier} (through the clusterer), {@link Countries} and
 * {@link ChinaDivisions}.
 *
 * <p>Two levels: a cluster is one <b>legal entity</b> (standard name, type; country, province and city come from the
 * record of the exported name, so they are the legal entity's); its <b>group</b> is the alias table's, else the
 * vendors' standardised name ({@link VendorGroups}), else the standard name.
 *
 * <p>Country, in order of evidence (the first that gives one wins, and its source is recorded): the export's
 * country field for that applicant; the applicant's address; a country tag glued to the name; the name's script or
 * legal form; the office of the earliest priority; the publishing office (not WO or EP, which are not countries).
 * Per-applicant columns are used when they have one value per applicant; a single value for several applicants is
 * taken to describe the first applicant only.
 *
 * <p>Province and city, for Chinese applicants only: the export's own province/city fields, else the address, else a
 * place the organisation's Chinese name starts with (四川大学, 成都某某科技有限公司); the source is recorded.
 */
public final class StandardApplicantResolver implements ApplicantResolver {
    /** The lower-case keys written to the outputs, one shared string per value (not one per applicant). */
    private static final String[] TYPE_KEYS = keys(dev.navi.clean.names.ApplicantType.values(), false);
    private static final String[] SOURCE_KEYS = keys(CountryGuess.Source.values(), true);

    private final AliasTable aliases;
    private final ChinaDivisions divisions;

    public StandardApplicantResolver(AliasTable aliases, ChinaDivisions divisions) {
        this.aliases = aliases;
        this.divisions = divisions;
    }

    /**
     * The starter alias table overridden by the analyst's table, if given: an alias table ({@code variant, standard,
     * group}) or a reviewed {@code applicant-clusters.csv} from an earlier run (recognised by its {@code member name}
     * column), so corrections made in the review table are applied on the next run.
     */
    public static StandardApplicantResolver withAliases(Path analystTable) throws IOException {
        AliasTable table = AliasTable.starter();
        if (analystTable != null) {
            table = table.overriddenBy(AliasTable.read(analystTable));
        }
        return new StandardApplicantResolver(table, ChinaDivisions.standard());
    }

    /** The alias table this resolver applies (the starter table under the analyst's). */
    public AliasTable aliases() {
        return aliases;
    }

    @Override
    public Result resolve(List<CleanRecord> records) {
        Map<String, Long> counts = nameCounts(records);
        // the vendors' standardised names are not evidence of one legal entity: incoPat and Patsnap roll subsidiaries
        // up to their group there (广东邦普循环科技 and 四川时代新能源科技 both become 宁德时代), so they only say the group
        NameClusterer.Outcome outcome = new NameClusterer(aliases).clusterAndSuggest(counts, List.of());
        List<Cluster> clusters = outcome.clusters();
        Map<String, Cluster> byName = new HashMap<>();
        for (Cluster c : clusters) {
            for (Cluster.Member m : c.members()) {
                byName.put(m.name(), c);
            }
        }
        VendorGroups vendorGroups = VendorGroups.of(records, byName, aliases);
        clusters = vendorGroups.apply(clusters);
        List<NameClusterer.Suggestion> suggestions = new ArrayList<>(outcome.suggestions());
        suggestions.addAll(vendorGroups.suggestions(clusters));
        suggestions.sort(java.util.Comparator.comparingDouble(NameClusterer.Suggestion::score).reversed()
                .thenComparing(NameClusterer.Suggestion::nameA).thenComparing(NameClusterer.Suggestion::nameB));
        if (suggestions.size() > NameClusterer.MAX_SUGGESTIONS) {
            suggestions = new ArrayList<>(suggestions.subList(0, NameClusterer.MAX_SUGGESTIONS));
        }
        for (Cluster c : clusters) {
            for (Cluster.Member m : c.members()) {
                byName.put(m.name(), c);
            }
        }
        // what the name alone says (country tag or script, place in the name) is worked out once per distinct name
        Lookups lookups = new Lookups();
        Tallies tallies = new Tallies();
        List<CleanRecord> out = new ArrayList<>(records.size());
        for (CleanRecord r : records) {
            out.add(resolveRecord(r, byName, lookups, tallies));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("resolved", true);
        summary.put("distinctNames", (long) counts.size());
        summary.put("clusters", (long) clusters.size());
        summary.put("clustersWithVariants", clusters.stream().filter(c -> c.members().size() > 1).count());
        summary.put("aliasTableRows", (long) aliases.size());
        summary.put("groupsFromVendorNames", vendorGroups.applied());
        summary.put("mergeSuggestions", (long) suggestions.size());
        summary.put("applicantsByType", tallies.byType);
        summary.put("countrySources", tallies.bySource);
        summary.put("chineseApplicants", tallies.chinese);
        summary.put("chineseApplicantsWithProvince", tallies.placed);
        return new Result(out, new Table(summary, clusters, suggestions));
    }

    /** Occurrences of every applicant name over all records (what the clusterer weighs names by). */
    private static Map<String, Long> nameCounts(List<CleanRecord> records) {
        Map<String, Long> counts = new HashMap<>();
        for (CleanRecord r : records) {
            for (String a : r.patent().applicants()) {
                counts.merge(a, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The resolution's summary counts, per applicant occurrence. */
    private static final class Tallies {
        final Map<String, Long> bySource = new TreeMap<>();
        final Map<String, Long> byType = new TreeMap<>();
        long chinese;
        long placed;
    }

    /**
     * One record with its applicants resolved: standard name, group and type from the clusters, country and (for a
     * Chinese applicant) province and city. A method of its own, so the JIT compiles it as one record's work and not
     * inside an on-stack compile of the whole resolution.
     */
    private CleanRecord resolveRecord(CleanRecord r, Map<String, Cluster> byName, Lookups lookups, Tallies tallies) {
        Patent p = r.patent();
        List<ResolvedApplicant> resolved = new ArrayList<>(p.applicants().size());
        for (int i = 0; i < p.applicants().size(); i++) {
            String name = p.applicants().get(i);
            Cluster c = byName.get(name);
            String standard = c == null ? name : c.standardName();
            String group = c == null ? name : c.group();
            String type = c == null || c.type() == null ? null : TYPE_KEYS[c.type().ordinal()];
            Optional<CountryGuess> country = country(p, i, name, lookups);
            String iso = country.map(CountryGuess::iso2).orElse(null);
            String source = country.map(g -> SOURCE_KEYS[g.source().ordinal()]).orElse(null);
            String province = null;
            String city = null;
            String placeSource = null;
            if ("CN".equals(iso)) {
                tallies.chinese++;
                PlaceFound place = place(p, i, lookups);
                if (place != null) {
                    province = place.place().province();
                    city = place.place().city();
                    placeSource = place.source();
                    tallies.placed++;
                }
            }
            tallies.bySource.merge(source == null ? "none" : source, 1L, Long::sum);
            tallies.byType.merge(type == null ? "unknown" : type, 1L, Long::sum);
            resolved.add(new ResolvedApplicant(name, standard, group, type, iso, source, province, city, placeSource));
        }
        return r.withApplicants(resolved);
    }

    private record PlaceFound(ChinaPlace place, String source) {
    }

    /** What an applicant's name alone says: its country (tag or script) and, for a Chinese name, the place in it. */
    private record NameFacts(Optional<CountryGuess> country, Optional<ChinaPlace> place) {
    }

    /**
     * Look-ups of one run, remembered per distinct value: names, country fields and addresses repeat across records,
     * and working each out (a few regular expressions, a scan for place names) once per applicant occurrence dominated
     * the resolution. Each memo is bounded; past the bound values are worked out every time.
     */
    private final class Lookups {
        private static final int MAX_ENTRIES = 1 << 18;
        private final Map<String, NameFacts> names = new HashMap<>();
        private final Map<String, Optional<String>> countryFields = new HashMap<>();
        private final Map<String, Optional<String>> countryOfAddress = new HashMap<>();
        private final Map<String, Optional<ChinaPlace>> placeOfAddress = new HashMap<>();

        Optional<String> countryField(String field) {
            return memo(countryFields, field, Countries::fromCountryField);
        }

        Optional<String> countryOfAddress(String address) {
            return memo(countryOfAddress, address, Countries::fromAddress);
        }

        Optional<ChinaPlace> placeOfAddress(String address) {
            return memo(placeOfAddress, address, divisions::parseAddress);
        }

        private static <T> T memo(Map<String, T> cache, String key, java.util.function.Function<String, T> f) {
            T v = cache.get(key);
            if (v == null) {
                v = f.apply(key);
                if (cache.size() < MAX_ENTRIES) {
                    cache.put(key, v);
                }
            }
            return v;
        }
    }

    private NameFacts nameFacts(String name, Lookups lookups) {
        Map<String, NameFacts> cache = lookups.names;
        NameFacts f = cache.get(name);
        if (f == null) {
            Optional<String> tag = Countries.fromTag(name);
            Optional<CountryGuess> country = tag.isPresent()
                    ? Optional.of(new CountryGuess(tag.get(), CountryGuess.Source.NAME_TAG)) : Countries.guessFromName(name);
            Optional<ChinaPlace> place = Optional.empty();
            if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                place = divisions.parseAddress(name);
            }
            f = new NameFacts(country, place);
            cache.put(name, f);
        }
        return f;
    }

    private PlaceFound place(Patent p, int i, Lookups lookups) {
        String prov = aligned(p.applicantProvinces(), i, p.applicants().size());
        String cityField = aligned(p.applicantCities(), i, p.applicants().size());
        if (cityField != null) {
            Optional<ChinaPlace> c = divisions.city(cityField);
            if (c.isPresent()) {
                return new PlaceFound(c.get(), "export field");
            }
        }
        if (prov != null) {
            Optional<String> pr = divisions.province(prov);
            if (pr.isPresent()) {
                return new PlaceFound(new ChinaPlace(pr.get(), null, null), "export field");
            }
        }
        String address = aligned(p.applicantAddresses(), i, p.applicants().size());
        if (address != null) {
            Optional<ChinaPlace> a = lookups.placeOfAddress(address);
            if (a.isPresent()) {
                return new PlaceFound(a.get(), "address");
            }
        }
        // last resort: a Chinese organisation named after its place (四川大学, 成都某某科技有限公司, 北京交通大学)
        String name = p.applicants().get(i);
        if (name != null) {
            Optional<ChinaPlace> n = nameFacts(name, lookups).place();
            if (n.isPresent()) {
                return new PlaceFound(n.get(), "applicant name");
            }
        }
        return null;
    }

    private Optional<CountryGuess> country(Patent p, int i, String name, Lookups lookups) {
        String field = aligned(p.applicantCountries(), i, p.applicants().size());
        if (field != null) {
            Optional<String> c = lookups.countryField(field);
            if (c.isPresent()) {
                return Optional.of(new CountryGuess(c.get(), CountryGuess.Source.COUNTRY_FIELD));
            }
        }
        String address = aligned(p.applicantAddresses(), i, p.applicants().size());
        if (address != null) {
            Optional<String> c = lookups.countryOfAddress(address);
            if (c.isPresent()) {
                return Optional.of(new CountryGuess(c.get(), CountryGuess.Source.ADDRESS));
            }
        }
        Optional<CountryGuess> fromName = nameFacts(name, lookups).country(); // a country tag, else the script
        if (fromName.isPresent()) {
            return fromName;
        }
        for (String pc : p.priorityCountries()) {
            if (!pc.equals("WO") && !pc.equals("EP") && Countries.isCode(pc)) {
                return Optional.of(new CountryGuess(pc, CountryGuess.Source.PRIORITY_OFFICE));
            }
        }
        String office = p.office();
        if (office != null && !office.equals("WO") && !office.equals("EP") && Countries.isCode(office)) {
            return Optional.of(new CountryGuess(office, CountryGuess.Source.PUBLICATION_OFFICE));
        }
        return Optional.empty();
    }

    /** The value for applicant {@code i}: by position when the column has one value per applicant; a single value
     * for several applicants describes the first applicant only. */
    private static String aligned(List<String> values, int i, int applicants) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == applicants) {
            return values.get(i);
        }
        return i == 0 ? values.get(0) : null;
    }

    /** The summary plus the cluster table and the merge-suggestion sheet written beside it. */
    private record Table(Map<String, Object> map, List<Cluster> clusters, List<NameClusterer.Suggestion> suggestions)
            implements CleanWriter.ClusterTable {
        @Override
        public Map<String, Object> asMap() {
            return map;
        }

        @Override
        public void write(Path file) throws IOException {
            ClusterTableWriter.write(clusters, file);
            SuggestionSheetWriter.write(suggestions, clusters, file.resolveSibling(SUGGESTIONS_FILE));
        }
    }

    /** The merge-suggestion sheet's file name, beside {@code applicant-clusters.csv}. */
    public static final String SUGGESTIONS_FILE = "applicant-merge-suggestions.csv";

    private static String[] keys(Enum<?>[] values, boolean spaces) {
        String[] out = new String[values.length];
        for (Enum<?> v : values) {
            String k = v.name().toLowerCase(Locale.ROOT);
            out[v.ordinal()] = spaces ? k.replace('_', ' ') : k;
        }
        return out;
    }
}
