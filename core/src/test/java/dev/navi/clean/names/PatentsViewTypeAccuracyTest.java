package dev.navi.clean.names;

import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link ApplicantTypeClassifier} against the PatentsView assignee table (TUHH reduced copy: id, type,
 * organization). PatentsView type codes: 2 US company, 3 foreign company, 4 US individual, 5 foreign individual,
 * 6 US federal government, 7 foreign government, 8 US county government, 9 US state government; a leading 1
 * (12..19) marks a part interest of the same kind, so 13 is a foreign company and 14 a US individual.
 *
 * <p>Expected classes: company codes cover every non-government organisation (firms, universities, research
 * institutes, hospitals, foundations), so ENTERPRISE, UNIVERSITY and INSTITUTE all count as correct there;
 * government codes expect GOVERNMENT_OTHER; individual codes expect INDIVIDUAL. In this reduced table the
 * individual rows carry no name ("NA") except one, so individuals cannot be measured here and are skipped (the
 * hand-worked cases in {@link ApplicantTypeClassifierTest} cover them).
 *
 * <p>Government bodies that are research institutes or universities in Chinese statistics (CNRS, CEA, NIH,
 * state universities) are called INSTITUTE/UNIVERSITY by navi on purpose; they are counted as errors in the
 * strict figure and listed separately, and a second, lenient figure accepts them.
 */
class PatentsViewTypeAccuracyTest {

    private enum Expected { COMPANY, INDIVIDUAL, GOVERNMENT }

    @Test
    void accuracyPerClassAgainstPatentsViewTypeCodes() throws IOException {
        // given
        Path file = RealData.file("patentsview_tuhh/assignee.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ApplicantTypeClassifier classifier = ApplicantTypeClassifier.standard();
        Map<Expected, Map<ApplicantType, Integer>> confusion = new EnumMap<>(Expected.class);
        Map<Expected, List<String>> misses = new EnumMap<>(Expected.class);
        Map<String, Integer> companyAsResearch = new TreeMap<>();
        List<String> companyAsResearchExamples = new ArrayList<>();
        Map<String, Integer> missRules = new TreeMap<>();
        int skippedNoName = 0;

        // when
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            int code = Integer.parseInt(cols[1].trim());
            String name = cols.length > 2 ? cols[2].trim() : "";
            Expected expected = expected(code % 10);
            if (expected == null) {
                continue;
            }
            if (name.isEmpty() || name.equals("NA")) {
                skippedNoName++;
                continue;
            }
            ApplicantTypeClassifier.Classification c = classifier.classify(name);
            confusion.computeIfAbsent(expected, k -> new EnumMap<>(ApplicantType.class)).merge(c.type(), 1, Integer::sum);
            if (!correct(expected, c.type())) {
                misses.computeIfAbsent(expected, k -> new ArrayList<>()).add(c.type() + " <- " + name + "  [" + c.rule() + "]");
                missRules.merge(expected + " " + c.rule().replaceAll(":.*", ""), 1, Integer::sum);
            } else if (expected == Expected.COMPANY && c.type() != ApplicantType.ENTERPRISE) {
                companyAsResearch.merge(c.type().name(), 1, Integer::sum);
                if (companyAsResearchExamples.size() < 12) {
                    companyAsResearchExamples.add(c.type() + " <- " + name);
                }
            }
        }

        // then: print the confusion table
        StringBuilder out = new StringBuilder("\nPatentsView type code vs navi applicant type (rows with a name; skipped "
                + skippedNoName + " individual/partial-interest rows without a name)\n");
        out.append(String.format("%-11s", "expected"));
        for (ApplicantType t : ApplicantType.values()) {
            out.append(String.format("%18s", t.name()));
        }
        out.append(String.format("%8s%10s%10s%n", "n", "strict", "lenient"));
        Map<Expected, double[]> acc = new EnumMap<>(Expected.class);
        for (Expected e : Expected.values()) {
            Map<ApplicantType, Integer> row = confusion.getOrDefault(e, Map.of());
            int n = row.values().stream().mapToInt(Integer::intValue).sum();
            if (n == 0) {
                out.append(String.format("%-11s (no named rows)%n", e));
                continue;
            }
            int ok = 0;
            int lenient = 0;
            out.append(String.format("%-11s", e));
            for (ApplicantType t : ApplicantType.values()) {
                int v = row.getOrDefault(t, 0);
                out.append(String.format("%18d", v));
                ok += correct(e, t) ? v : 0;
                lenient += correct(e, t) || (e == Expected.GOVERNMENT
                        && (t == ApplicantType.INSTITUTE || t == ApplicantType.UNIVERSITY)) ? v : 0;
            }
            double strict = 100.0 * ok / n;
            double len = 100.0 * lenient / n;
            acc.put(e, new double[] {strict, len, n});
            out.append(String.format("%8d%9.2f%%%9.2f%%%n", n, strict, len));
        }
        out.append("company-coded rows called university/institute (correct, listed for information): ")
                .append(companyAsResearch).append('\n');
        companyAsResearchExamples.forEach(s -> out.append("   ").append(s).append('\n'));
        out.append("misses by rule: ").append(missRules).append('\n');
        for (Map.Entry<Expected, List<String>> m : misses.entrySet()) {
            out.append("misses for ").append(m.getKey()).append(" (first 40 of ").append(m.getValue().size()).append("):\n");
            m.getValue().stream().limit(40).forEach(s -> out.append("   ").append(s).append('\n'));
        }
        System.out.println(out);

        // Floors = the values measured when the rules were written minus a margin, so that a rule change costing
        // more than ~0.6 point on companies (~270 rows) or 4-5 government rows fails: measured company 98.2 %
        // strict; government 84.2 % strict (96/114: the rest are CNRS, CEA, ONERA and state universities, which
        // navi calls research institute / university on purpose) and 99.1 % lenient. Most remaining company
        // "errors" are hospitals and foundations (government-other in Chinese statistics) and rows that
        // PatentsView codes as companies but that carry a person's name.
        assertThat(acc.get(Expected.COMPANY)[0]).as("company strict accuracy %").isGreaterThan(COMPANY_FLOOR);
        assertThat(acc.get(Expected.GOVERNMENT)[0]).as("government strict accuracy %").isGreaterThan(GOVERNMENT_FLOOR);
        assertThat(acc.get(Expected.GOVERNMENT)[1]).as("government lenient accuracy %").isGreaterThan(GOVERNMENT_LENIENT_FLOOR);
    }

    private static final double COMPANY_FLOOR = 97.6;
    private static final double GOVERNMENT_FLOOR = 80.0;
    private static final double GOVERNMENT_LENIENT_FLOOR = 97.0;

    private static Expected expected(int code) {
        return switch (code) {
            case 2, 3 -> Expected.COMPANY;
            case 4, 5 -> Expected.INDIVIDUAL;
            case 6, 7, 8, 9 -> Expected.GOVERNMENT;
            default -> null;
        };
    }

    private static boolean correct(Expected e, ApplicantType t) {
        return switch (e) {
            case COMPANY -> t == ApplicantType.ENTERPRISE || t == ApplicantType.UNIVERSITY || t == ApplicantType.INSTITUTE;
            case INDIVIDUAL -> t == ApplicantType.INDIVIDUAL;
            case GOVERNMENT -> t == ApplicantType.GOVERNMENT_OTHER;
        };
    }
}
