/**
 * Fast rule matching for chain tagging: {@link dev.navi.chain.match.Tagger} compiles a chain map once and tags records
 * (multi-label, with an audit of the rule and the terms or codes that hit). Keywords of the whole map are matched with
 * one {@link dev.navi.chain.match.AhoCorasick} automaton per record field ({@link dev.navi.chain.match.TermMatcher}
 * adds the word-boundary rules); IPC/CPC prefixes with a trie ({@link dev.navi.chain.match.ClassPrefixMatcher}) over
 * codes in {@link dev.navi.chain.match.ClassCodes} normal form. See {@code Tagger} for the evaluation strategy.
 */
package dev.navi.chain.match;
