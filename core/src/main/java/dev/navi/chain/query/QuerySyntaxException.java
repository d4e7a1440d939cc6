package dev.navi.chain.query;

/**
 * A keyword query that does not parse. {@link #position()} is the 0-based character offset in the query as the analyst
 * wrote it, {@link #reason()} says what was expected; {@link #context()} names where the query came from (for example
 * {@code node 1.2 rule query #1}) when the caller knows it, else {@code null}.
 *
 * <p>The message reads {@code [context: ]reason at position N: query} followed by a caret line, so it can be shown to
 * an analyst as it is.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String reason;
    private final String context;

    public QuerySyntaxException(String query, int position, String reason) {
        this(query, position, reason, null);
    }

    private QuerySyntaxException(String query, int position, String reason, String context) {
        super(message(query, position, reason, context));
        this.query = query;
        this.position = position;
        this.reason = reason;
        this.context = context;
    }

    /** The same error, with a context such as {@code node 1.2 rule query #1}. */
    public QuerySyntaxException withContext(String context) {
        QuerySyntaxException e = new QuerySyntaxException(query, position, reason, context);
        e.initCause(this);
        return e;
    }

    public String query() {
        return query;
    }

    /** 0-based offset of the offending character (the query's length when the query ended too early). */
    public int position() {
        return position;
    }

    /** What was wrong / expected, without the position. */
    public String reason() {
        return reason;
    }

    /** Where the query came from, or {@code null}. */
    public String context() {
        return context;
    }

    private static String message(String query, int position, String reason, String context) {
        String head = context == null ? "" : context + ": ";
        // a long query is shown as the 80 characters around the position, so the message stays one screen line
        int from = query.length() <= 120 ? 0 : Math.max(0, position - 40);
        int to = query.length() <= 120 ? query.length() : Math.min(query.length(), position + 40);
        String shown = (from > 0 ? "…" : "") + query.substring(from, to) + (to < query.length() ? "…" : "");
        int caret = position - from + (from > 0 ? 1 : 0);
        return head + reason + " at position " + position + ": " + shown + "\n"
                + " ".repeat(Math.max(0, head.length() + reason.length() + " at position ".length()
                + String.valueOf(position).length() + 2 + caret)) + "^";
    }
}
