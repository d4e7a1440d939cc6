package dev.navi.chain.query;

import java.util.ArrayList;
import java.util.List;

import dev.navi.chain.query.Query.And;
import dev.navi.chain.query.Query.Not;
import dev.navi.chain.query.Query.Or;
import dev.navi.chain.query.Query.Term;

/** Canonical printing: upper-case operators, explicit AND, a shared field written once in front of a group. */
final class QueryPrinter {
    private QueryPrinter() {
    }

    static String print(Query q, Scope inherited, boolean top) {
        if (q instanceof Term t) {
            return t.scope() == inherited ? t.display()
                    : t.scope().name() + ":" + t.display();
        }
        Scope uniform = uniformScope(q);
        if (uniform != null && uniform != inherited && uniform != Scope.TIABCL && !(q instanceof Not)) {
            return uniform.name() + ":(" + print(q, uniform, true) + ")";
        }
        if (q instanceof Not n) {
            Query o = n.operand();
            String inner = print(o, inherited, false);
            return "NOT " + ((o instanceof And || o instanceof Or) && !inner.startsWith(scopePrefix(o, inherited))
                    ? "(" + inner + ")" : inner);
        }
        List<String> parts = new ArrayList<>();
        List<Query> ops = q instanceof And a ? a.operands() : ((Or) q).operands();
        for (Query o : ops) {
            String s = print(o, inherited, false);
            if ((o instanceof And || o instanceof Or) && !s.startsWith(scopePrefix(o, inherited))) {
                s = "(" + s + ")";
            }
            parts.add(s);
        }
        String joined = String.join(q instanceof And ? " AND " : " OR ", parts);
        return joined;
    }

    private static String scopePrefix(Query q, Scope inherited) {
        Scope u = uniformScope(q);
        return u != null && u != inherited && u != Scope.TIABCL ? u.name() + ":(" : "\u0000";
    }

    /** The scope every term below shares, or null when they differ. */
    static Scope uniformScope(Query q) {
        Scope found = null;
        for (Term t : q.terms()) {
            if (found == null) {
                found = t.scope();
            } else if (found != t.scope()) {
                return null;
            }
        }
        return found;
    }
}
