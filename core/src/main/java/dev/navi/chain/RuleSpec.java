package dev.navi.chain;

import java.util.List;

/**
 * One rule of a chain node: every condition that is given must hold (IPC AND CPC AND query); a node matches when
 * any of its rules matches.
 *
 * @param label       how the audit names the rule (e.g. {@code ipc H01M4/525}, {@code query #2}); never null
 * @param ipc         IPC prefixes ({@code H01M4/58}, {@code H01M10/052*}; a trailing {@code *} is allowed and means the
 *                    same as none); empty when the rule has no IPC condition. A record satisfies it when one of its
 *                    IPC classes (or only its main class, with {@code mainIpcOnly}) starts with one prefix
 * @param mainIpcOnly compare with the main IPC class only
 * @param cpc         CPC prefixes, same semantics; empty when none
 * @param query       keyword query in navi's query language, or {@code null} when the rule has no keyword condition
 */
public record RuleSpec(String label, List<String> ipc, boolean mainIpcOnly, List<String> cpc, String query) {
    public RuleSpec {
        ipc = List.copyOf(ipc);
        cpc = List.copyOf(cpc);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a rule needs a label");
        }
        if (ipc.isEmpty() && cpc.isEmpty() && (query == null || query.isBlank())) {
            throw new IllegalArgumentException("rule " + label + " has no condition");
        }
    }
}
