package dev.navi.chain.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed keyword query: an immutable tree of {@link And}, {@link Or}, {@link Not} and {@link Term} nodes. See the
 * package documentation for the grammar and the matching rules.
 *
 * <p>Field prefixes are pushed down to the terms while parsing ({@code TI:(a OR b)} becomes
 * {@code Or[TI:a, TI:b]}), so every {@link Term} carries its own {@link Scope}. {@code And}/{@code Or} nodes have at
 * least two operands and never directly contain a node of their own kind (they are flattened). Records compare by
 * structure, so {@code Query.parse(q.toString()).equals(q)} holds.
 */
public sealed interface Query permits Query.Term, Query.And, Query.Or, Query.Not {

    /**
     * Parses a query.
     *
     * @throws QuerySyntaxException with the 0-based position and what was expected
     */
    static Query parse(String text) {
        return new QueryParser(Objects.requireNonNull(text, "text")).parse();
    }

    /** The distinct terms of this query, in order of first appearance (each is a (scope, term) pair). */
    default List<Term> terms() {
        Set<Term> out = new LinkedHashSet<>();
        collectTerms(this, out);
        return List.copyOf(out);
    }

    /** Evaluates the query given which terms occur in the record. */
    boolean evaluate(Predicate<Term> occurs);

    private static void collectTerms(Query q, Set<Term> out) {
        if (q instanceof Term t) {
            out.add(t);
        } else if (q instanceof And a) {
            a.operands().forEach(o -> collectTerms(o, out));
        } else if (q instanceof Or o) {
            o.operands().forEach(x -> collectTerms(x, out));
        } else if (q instanceof Not n) {
            collectTerms(n.operand(), out);
        }
    }

    /**
     * One searchable unit: a word, a word prefix ({@code cell*}), a phrase ({@code "positive electrode"}) or a CJK
     * string ({@code 正极材料}).
     *
     * @param scope  the fields it is searched in
     * @param text   the term in {@link TextNormaliser normal form} (lower case, single spaces, no trailing {@code *});
     *               never empty
     * @param prefix whether a trailing {@code *} was written: the last word may continue ({@code cell*} matches
     *               {@code cellulose})
     * @param phrase whether it is written in quotes: true when the analyst quoted it, and always when its normal form
     *               has several words ({@code lithium-ion}); matching does not depend on it
     */
    record Term(Scope scope, String text, boolean prefix, boolean phrase) implements Query {
        public Term {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty term");
            }
            phrase = phrase || text.indexOf(' ') >= 0;
        }

        /** True when the term contains CJK characters: it then matches as a substring (no word boundaries). */
        public boolean cjk() {
            return TextNormaliser.containsCjk(text);
        }

        @Override
        public boolean evaluate(Predicate<Term> occurs) {
            return occurs.test(this);
        }

        /** The term without its field, as the query language writes it ({@code "lithium ion"}, {@code cell*}). */
        public String display() {
            boolean quote = phrase || text.indexOf(' ') >= 0 || QueryParser.isOperatorWord(text);
            String body = prefix ? text + "*" : text;
            return quote ? "\"" + body + "\"" : body;
        }

        @Override
        public String toString() {
            return scope == Scope.TIABCL ? display() : scope.name() + ":" + display();
        }
    }

    /** All operands must hold. */
    record And(List<Query> operands) implements Query {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs two operands");
            }
        }

        @Override
        public boolean evaluate(Predicate<Term> occurs) {
            for (Query q : operands) {
                if (!q.evaluate(occurs)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return QueryPrinter.print(this, Scope.TIABCL, true);
        }
    }

    /** At least one operand must hold. */
    record Or(List<Query> operands) implements Query {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs two operands");
            }
        }

        @Override
        public boolean evaluate(Predicate<Term> occurs) {
            for (Query q : operands) {
                if (q.evaluate(occurs)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return QueryPrinter.print(this, Scope.TIABCL, true);
        }
    }

    /** The operand must not hold. */
    record Not(Query operand) implements Query {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean evaluate(Predicate<Term> occurs) {
            return !operand.evaluate(occurs);
        }

        @Override
        public String toString() {
            return QueryPrinter.print(this, Scope.TIABCL, true);
        }
    }
}
