package dev.navi.clean.names;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters 1,000,000 generated distinct names (many spelling variants of fewer firms) to show that clustering
 * is not quadratic. Prints the time; no timing assertion (machines differ), only a sanity check of the result.
 */
@Tag("benchmark")
class NameClustererScaleTest {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "zen", "vor", "qua", "ni", "ro", "sta", "bel",
            "tri", "on", "ex", "lu", "dan", "fir", "gro", "hel", "jo", "mar", "nor", "pel", "sil", "tor", "vel", "wyn"};
    private static final String[] INDUSTRY = {"TECHNOLOGY", "ELECTRONICS", "MEDICAL", "ENERGY", "ROBOTICS", "MATERIALS",
            "SYSTEMS", "PHARMACEUTICALS", "DEVICES", "SOFTWARE", "INTERNATIONAL"};
    private static final char[] HAN = "华新达科创智能源电子光伏储材料医药生物汽车机械精密通信网络软件信息环保化工".toCharArray();

    @Test
    void clustersAMillionNamesWithoutPairwiseComparison() {
        // given: 150,000 Latin-script and 60,000 Chinese firms, each written in several ways
        Random random = new Random(42);
        String[] latinFirms = new String[150_000];
        for (int i = 0; i < latinFirms.length; i++) {
            latinFirms[i] = (syllables(random, 3) + " " + syllables(random, 2)).toUpperCase() + " "
                    + INDUSTRY[random.nextInt(INDUSTRY.length)];
        }
        String[] chineseFirms = new String[60_000];
        for (int i = 0; i < chineseFirms.length; i++) {
            StringBuilder stem = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                stem.append(HAN[random.nextInt(HAN.length)]);
            }
            chineseFirms[i] = stem.toString();
        }
        Map<String, Long> counts = new HashMap<>(2_000_000);
        String[] chineseForms = {"有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司"};
        while (counts.size() < 1_000_000) {
            String name;
            if (random.nextInt(4) == 0) {
                String firm = chineseFirms[random.nextInt(chineseFirms.length)];
                String place = random.nextBoolean() ? "深圳市" : random.nextBoolean() ? "深圳" : "";
                String form = chineseForms[random.nextInt(chineseForms.length)];
                name = place + firm + form;
                if (random.nextInt(3) == 0) {
                    name = firm + "（深圳）" + form;
                }
            } else {
                String base = latinFirms[random.nextInt(latinFirms.length)];
                name = switch (random.nextInt(10)) {
                    case 0 -> base + " CO LTD";
                    case 1 -> title(base) + " Co., Ltd.";
                    case 2 -> base + " INC [US]";
                    case 3 -> title(base) + ", Inc. (2017-01-05)";
                    case 4 -> base.replace("TECHNOLOGY", "TECH").replace("INTERNATIONAL", "INT") + " CORP";
                    case 5 -> base.replaceFirst(" ", "") + " GMBH";
                    case 6 -> title(base) + " Limited";
                    case 7 -> "The " + title(base) + " Company";
                    case 8 -> base + " LLC [" + (random.nextBoolean() ? "DE" : "GB") + "]";
                    default -> base + " S.A. (" + (2000 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1"
                            + random.nextInt(10) + ")";
                };
            }
            counts.merge(name, 1L + random.nextInt(20), Long::sum);
        }
        NameClusterer clusterer = new NameClusterer(AliasTable.starter());

        // when: twice, the first run including JIT warm-up
        long start = System.nanoTime();
        List<Cluster> clusters = clusterer.cluster(counts);
        long cold = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        List<Cluster> again = clusterer.cluster(counts);
        long warm = (System.nanoTime() - start) / 1_000_000;

        // then
        System.out.printf("%nNameClusterer: %,d distinct names -> %,d clusters in %,d ms cold, %,d ms warm"
                        + " (%.0f names/s warm; %d cores)%n", counts.size(), clusters.size(), cold, warm,
                counts.size() * 1000.0 / Math.max(1, warm), Runtime.getRuntime().availableProcessors());
        assertThat(again).isEqualTo(clusters);
        assertThat(clusters.size()).isBetween(150_000, 300_000);
        assertThat(clusters.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(counts.size());
    }

    private static String syllables(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String title(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.charAt(0)).append(w.substring(1).toLowerCase());
        }
        return sb.toString();
    }
}
