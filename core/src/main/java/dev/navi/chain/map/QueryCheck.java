package dev.navi.chain.map;

import dev.navi.chain.query.Query;
import dev.navi.chain.query.QuerySyntaxException;

import java.util.Optional;

/**
 * Checks a keyword query's syntax for the map validator: the one place that calls the query language, so the map
 * reader reports exactly what the tagger would reject, with the position inside the query.
 */
final class QueryCheck {
    /** A syntax error: what is wrong and the 0-based character position inside the query. */
    record Error(String message, int position) {
    }

    private QueryCheck() {
    }

    /** Empty when the query parses. */
    static Optional<Error> check(String query) {
        if (query == null || query.isBlank()) {
            return Optional.of(new Error("the query is empty", 0));
        }
        try {
            Query.parse(query);
            return Optional.empty();
        } catch (QuerySyntaxException e) {
            return Optional.of(new Error(e.reason(), e.position()));
        }
    }
}
