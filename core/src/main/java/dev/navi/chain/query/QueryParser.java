package dev.navi.chain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.navi.chain.query.Query.And;
import dev.navi.chain.query.Query.Not;
import dev.navi.chain.query.Query.Or;
import dev.navi.chain.query.Query.Term;

/** Recursive-descent parser for the grammar in the package documentation. One instance per parse. */
final class QueryParser {

    private enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, EOF }

    private record Token(Kind kind, int pos, String text, Scope scope) {
        String describe() {
            switch (kind) {
                case EOF: return "the end of the query";
                case LPAREN: return "'('";
                case RPAREN: return "')'";
                case AND: case OR: case NOT: return kind.name();
                case FIELD: return "'" + text + "'";
                default: return "'" + text + "'";
            }
        }
    }

    /** Deepest nesting of parentheses and NOTs: far beyond any real search, well within the parser's stack. */
    static final int MAX_DEPTH = 100;

    private final String src;
    private final List<Token> tokens;
    private int next;
    private int depth;

    QueryParser(String src) {
        this.src = src;
        this.tokens = tokenize(src);
    }

    static boolean isOperatorWord(String s) {
        return s.equals("and") || s.equals("or") || s.equals("not");
    }

    Query parse() {
        if (peek().kind == Kind.EOF) {
            throw error(0, "empty query: expected a term, phrase or '('");
        }
        Query q = parseOr(Scope.TIABCL);
        Token t = peek();
        if (t.kind == Kind.RPAREN) {
            throw error(t.pos, "unexpected ')' without a matching '('");
        }
        if (t.kind != Kind.EOF) {
            throw error(t.pos, "expected AND, OR, NOT or the end of the query but found " + t.describe());
        }
        return q;
    }

    private Query parseOr(Scope scope) {
        List<Query> ops = new ArrayList<>();
        add(ops, parseAnd(scope), Or.class);
        while (peek().kind == Kind.OR) {
            Token op = take();
            requireOperand(op);
            add(ops, parseAnd(scope), Or.class);
        }
        return ops.size() == 1 ? ops.get(0) : new Or(ops);
    }

    private Query parseAnd(Scope scope) {
        List<Query> ops = new ArrayList<>();
        add(ops, parseNot(scope), And.class);
        while (true) {
            Token t = peek();
            if (t.kind == Kind.AND) {
                take();
                requireOperand(t);
                add(ops, parseNot(scope), And.class);
            } else if (startsOperand(t)) {
                add(ops, parseNot(scope), And.class);
            } else {
                break;
            }
        }
        return ops.size() == 1 ? ops.get(0) : new And(ops);
    }

    private Query parseNot(Scope scope) {
        Token t = peek();
        if (t.kind == Kind.NOT) {
            take();
            requireOperand(t);
            deeper(t);
            Query q = new Not(parseNot(scope));
            depth--;
            return q;
        }
        return parsePrimary(scope);
    }

    private Query parsePrimary(Scope scope) {
        Token t = take();
        switch (t.kind) {
            case FIELD: {
                Token n = peek();
                if (n.kind != Kind.WORD && n.kind != Kind.PHRASE && n.kind != Kind.LPAREN) {
                    throw error(n.pos, "expected a term, phrase or '(' after " + t.text + " but found " + n.describe());
                }
                return parsePrimary(t.scope);
            }
            case LPAREN: {
                if (peek().kind == Kind.RPAREN) {
                    throw error(peek().pos, "empty parentheses: expected a term, phrase or '(' before ')'");
                }
                deeper(t);
                Query inner = parseOr(scope);
                depth--;
                Token close = peek();
                if (close.kind != Kind.RPAREN) {
                    throw error(close.pos, "expected ')' to close the '(' at position " + t.pos + " but found "
                            + close.describe());
                }
                take();
                return inner;
            }
            case WORD:
                return word(t, scope);
            case PHRASE:
                return phrase(t, scope);
            default:
                throw error(t.pos, "expected a term, phrase or '(' but found " + t.describe());
        }
    }

    private Term word(Token t, Scope scope) {
        String raw = t.text;
        boolean prefix = raw.endsWith("*");
        String body = prefix ? raw.substring(0, raw.length() - 1) : raw;
        int star = body.indexOf('*');
        if (star >= 0) {
            throw error(t.pos + star, "'*' is only allowed at the end of a term");
        }
        if (body.startsWith("-") && body.length() > 1 && !Character.isDigit(body.charAt(1))) {
            throw error(t.pos, "'-' is not an operator: write NOT " + body.substring(1) + " to exclude a term");
        }
        String norm = TextNormaliser.normalise(body);
        if (norm.isEmpty()) {
            throw error(t.pos, "the term '" + raw + "' has no letters or digits");
        }
        return new Term(scope, norm, prefix, false);
    }

    private Term phrase(Token t, Scope scope) {
        String raw = t.text;
        boolean prefix = raw.strip().endsWith("*");
        String body = prefix ? raw.strip().substring(0, raw.strip().length() - 1) : raw;
        String norm = TextNormaliser.normalise(body);
        if (norm.isEmpty()) {
            throw error(t.pos, "empty phrase: write at least one word between the quotes");
        }
        return new Term(scope, norm, prefix, true);
    }

    private static void add(List<Query> ops, Query q, Class<?> kind) {
        if (kind == And.class && q instanceof And a) {
            ops.addAll(a.operands());
        } else if (kind == Or.class && q instanceof Or o) {
            ops.addAll(o.operands());
        } else {
            ops.add(q);
        }
    }

    private static boolean startsOperand(Token t) {
        return t.kind == Kind.WORD || t.kind == Kind.PHRASE || t.kind == Kind.LPAREN || t.kind == Kind.FIELD
                || t.kind == Kind.NOT;
    }

    private void requireOperand(Token op) {
        Token n = peek();
        if (!startsOperand(n)) {
            throw error(n.pos, "expected a term, phrase or '(' after " + op.kind.name() + " but found "
                    + n.describe());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind != Kind.EOF) {
            next++;
        }
        return t;
    }

    private void deeper(Token at) {
        if (++depth > MAX_DEPTH) {
            throw error(at.pos, "nested more than " + MAX_DEPTH + " levels deep (parentheses and NOT); simplify the query");
        }
    }

    private QuerySyntaxException error(int pos, String reason) {
        return new QuerySyntaxException(src, pos, reason);
    }

    // ---------------------------------------------------------------------------------------------------- lexer

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\uFF02';
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '\uFF08';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '\uFF09';
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
    }

    private List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isOpen(c)) {
                out.add(new Token(Kind.LPAREN, i, "(", null));
                i++;
            } else if (isClose(c)) {
                out.add(new Token(Kind.RPAREN, i, ")", null));
                i++;
            } else if (isQuote(c)) {
                int end = i + 1;
                while (end < n && !isQuote(s.charAt(end))) {
                    end++;
                }
                if (end >= n) {
                    throw new QuerySyntaxException(s, i, "unterminated phrase: missing the closing '\"'");
                }
                out.add(new Token(Kind.PHRASE, i, s.substring(i + 1, end), null));
                i = end + 1;
            } else {
                int start = i;
                boolean letters = true;
                Token field = null;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isSpace(d) || isOpen(d) || isClose(d) || isQuote(d)) {
                        break;
                    }
                    if (isColon(d) && letters && i > start) {
                        String name = s.substring(start, i);
                        Scope scope = Scope.byName(name).orElseThrow(() -> new QuerySyntaxException(s, start,
                                "unknown field '" + name + ":'; valid fields are " + Scope.VALID_NAMES));
                        field = new Token(Kind.FIELD, start, name.toUpperCase(Locale.ROOT) + ":", scope);
                        i++;
                        break;
                    }
                    letters &= (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z');
                    i++;
                }
                if (field != null) {
                    out.add(field);
                    continue;
                }
                String w = s.substring(start, i);
                String upper = w.toUpperCase(Locale.ROOT);
                Kind k = upper.equals("AND") ? Kind.AND : upper.equals("OR") ? Kind.OR
                        : upper.equals("NOT") ? Kind.NOT : Kind.WORD;
                out.add(new Token(k, start, w, null));
            }
        }
        out.add(new Token(Kind.EOF, n, "", null));
        return out;
    }
}
