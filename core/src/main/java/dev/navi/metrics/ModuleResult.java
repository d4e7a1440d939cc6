package dev.navi.metrics;

import java.util.List;

/**
 * A module's output: its tables, the definitions they use, and findings stated as sentences with their numbers.
 *
 * @param tables      result tables, in presentation order
 * @param definitions the definitions the tables use
 * @param findingsZh  findings in Chinese
 * @param findingsEn  the same findings in English
 */
public record ModuleResult(List<MetricTable> tables, List<Definition> definitions, List<String> findingsZh,
                           List<String> findingsEn) {
    public ModuleResult {
        tables = List.copyOf(tables);
        definitions = List.copyOf(definitions);
        findingsZh = List.copyOf(findingsZh);
        findingsEn = List.copyOf(findingsEn);
    }
}
