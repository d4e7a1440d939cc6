package dev.navi.chain.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile queries end in a located syntax error, never a StackOverflowError. */
class QueryLimitsTest {
    @Test
    void tenThousandParenthesesAreASyntaxErrorAtTheFirstTooDeepOne() {
        String q = "(".repeat(10_000) + "battery" + ")".repeat(10_000);
        assertThatThrownBy(() -> Query.parse(q)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("nested more than 100 levels deep")
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(100));
    }

    @Test
    void aHundredThousandNotsAreASyntaxError() {
        String q = "NOT ".repeat(100_000) + "battery";
        assertThatThrownBy(() -> Query.parse(q)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("nested more than 100 levels deep")
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(400))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400)); // not the 400 KB query
    }

    @Test
    void aHundredLevelsStillParse() {
        assertThat(Query.parse("(".repeat(100) + "battery" + ")".repeat(100))).isInstanceOf(Query.Term.class);
        assertThat(Query.parse("NOT ".repeat(99) + "(battery)")).isInstanceOf(Query.Not.class);
    }
}
