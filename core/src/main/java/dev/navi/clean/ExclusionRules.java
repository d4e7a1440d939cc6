package dev.navi.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.navi.ingest.InputException;
import dev.navi.model.PatentType;
import dev.navi.model.Patent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Denoising (去噪): rules that remove records the search caught but that do not belong. Every removed record is
 * listed with the rule that removed it.
 *
 * <pre>
 * exclude:
 *   keywords: ["pizza box", "玩具"]   # title or abstract contains one (case-insensitive, full/half width alike)
 *   ipc: ["A63H", "A21D13"]          # any IPC or CPC class starts with one (spaces ignored)
 *   applicants: ["ACME TOYS INC"]    # an applicant or current owner equals one (case, spacing and width ignored)
 *   years: {from: 2005, to: 2024}    # application year (else priority, else publication year) outside the range
 *   patentTypes: [design]            # invention | utility_model | design | plant
 * </pre>
 *
 * The rules are read from the {@code exclude} key of a YAML/JSON file (a project file or a rules file). Rules are
 * checked in the order above; the first that matches is reported.
 */
public record ExclusionRules(List<String> keywords, List<String> ipc, List<String> applicants, Integer fromYear,
                             Integer toYear, Set<PatentType> patentTypes) {
    public ExclusionRules {
        keywords = keywords.stream().map(ExclusionRules::fold).toList();
        ipc = ipc.stream().map(s -> s.replace(" ", "").toUpperCase(Locale.ROOT)).toList();
        applicants = applicants.stream().map(ExclusionRules::fold).toList();
        patentTypes = Set.copyOf(patentTypes);
    }

    /** No rules: nothing is removed. */
    public static ExclusionRules none() {
        return new ExclusionRules(List.of(), List.of(), List.of(), null, null, Set.of());
    }

    public boolean isEmpty() {
        return keywords.isEmpty() && ipc.isEmpty() && applicants.isEmpty() && fromYear == null && toYear == null
                && patentTypes.isEmpty();
    }

    /** The first rule that removes the record, as a sentence, or empty when it stays. */
    public Optional<String> match(Patent p) {
        if (!keywords.isEmpty()) {
            String text = fold((p.title() == null ? "" : p.title()) + " " + (p.abstractText() == null ? "" : p.abstractText()));
            for (String k : keywords) {
                if (text.contains(k)) {
                    return Optional.of("keyword '" + k + "' in title/abstract");
                }
            }
        }
        if (!ipc.isEmpty()) {
            for (List<String> codes : List.of(p.ipc(), p.cpc())) {
                for (String code : codes) {
                    String c = code.replace(" ", "").toUpperCase(Locale.ROOT);
                    for (String prefix : ipc) {
                        if (c.startsWith(prefix)) {
                            return Optional.of("class " + code + " starts with " + prefix);
                        }
                    }
                }
            }
        }
        if (!applicants.isEmpty()) {
            for (List<String> names : List.of(p.applicants(), p.currentOwners())) {
                for (String n : names) {
                    if (applicants.contains(fold(n))) {
                        return Optional.of("applicant '" + n + "'");
                    }
                }
            }
        }
        if (fromYear != null || toYear != null) {
            LocalDate d = p.applicationDate() != null ? p.applicationDate()
                    : p.priorityDate() != null ? p.priorityDate() : p.publicationDate();
            if (d != null && (fromYear != null && d.getYear() < fromYear || toYear != null && d.getYear() > toYear)) {
                return Optional.of("year " + d.getYear() + " outside " + (fromYear == null ? "…" : fromYear) + "–"
                        + (toYear == null ? "…" : toYear));
            }
        }
        if (!patentTypes.isEmpty() && p.patentType() != null && patentTypes.contains(p.patentType())) {
            return Optional.of("patent type " + p.patentType().name().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /**
     * Reads the {@code exclude} section of a YAML or JSON file; a file without one gives {@link #none()}.
     *
     * @throws InputException naming the file and the entry when a rule is malformed
     */
    public static ExclusionRules load(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            ObjectMapper m = name.toLowerCase(Locale.ROOT).endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            root = m.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(name, "cannot read the rules: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode ex = root == null ? null : root.get("exclude");
        if (ex == null || ex.isNull()) {
            return none();
        }
        if (!ex.isObject()) {
            throw new InputException(name, "'exclude' must be a map with keywords / ipc / applicants / years / patentTypes");
        }
        for (Iterator<String> it = ex.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("keywords", "ipc", "applicants", "years", "patentTypes").contains(k)) {
                throw new InputException(name, "exclude: unknown rule '" + k + "'; use keywords, ipc, applicants, years or patentTypes");
            }
        }
        Integer from = null;
        Integer to = null;
        JsonNode years = ex.get("years");
        if (years != null) {
            if (!years.isObject() || years.has("from") && !years.get("from").canConvertToInt()
                    || years.has("to") && !years.get("to").canConvertToInt()) {
                throw new InputException(name, "exclude.years must look like {from: 2005, to: 2024}");
            }
            from = years.has("from") ? years.get("from").asInt() : null;
            to = years.has("to") ? years.get("to").asInt() : null;
        }
        List<PatentType> types = new ArrayList<>();
        for (String t : strings(name, ex, "patentTypes")) {
            try {
                types.add(PatentType.valueOf(t.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new InputException(name, "exclude.patentTypes: '" + t + "' is not one of invention, utility_model, design, plant");
            }
        }
        return new ExclusionRules(strings(name, ex, "keywords"), strings(name, ex, "ipc"), strings(name, ex, "applicants"),
                from, to, Set.copyOf(types));
    }

    private static List<String> strings(String file, JsonNode ex, String key) {
        JsonNode n = ex.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InputException(file, "exclude." + key + " must be a list, e.g. " + key + ": [\"...\"]");
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
