package dev.navi.chain.query;

import dev.navi.chain.query.Query.And;
import dev.navi.chain.query.Query.Not;
import dev.navi.chain.query.Query.Or;
import dev.navi.chain.query.Query.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTest {

    private static Term t(String text) {
        return new Term(Scope.TIABCL, text, false, false);
    }

    @Test
    void orBindsLooserThanAnd() {
        // given
        String q = "a OR b AND c";

        // when
        Query parsed = Query.parse(q);

        // then
        assertThat(parsed).isEqualTo(new Or(List.of(t("a"), new And(List.of(t("b"), t("c"))))));
        assertThat(parsed.toString()).isEqualTo("a OR (b AND c)");
    }

    @Test
    void parenthesesOverridePrecedence() {
        // when
        Query parsed = Query.parse("(a OR b) AND c");

        // then
        assertThat(parsed).isEqualTo(new And(List.of(new Or(List.of(t("a"), t("b"))), t("c"))));
        assertThat(parsed.toString()).isEqualTo("(a OR b) AND c");
    }

    @Test
    void adjacentTermsAreAndedAndNotBindsTightest() {
        // when
        Query parsed = Query.parse("锂 电池 not 钠");

        // then
        assertThat(parsed).isEqualTo(new And(List.of(t("锂"), t("电池"), new Not(t("钠")))));
        assertThat(parsed.toString()).isEqualTo("锂 AND 电池 AND NOT 钠");
    }

    @Test
    void fieldPrefixAppliesToTheWholeGroupAndInnerFieldWins() {
        // when
        Query parsed = Query.parse("ti:(正极材料 OR cathode) AND TIAB:(a OR AB:b)");

        // then
        assertThat(parsed.terms()).extracting(Term::scope, Term::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Scope.TI, "正极材料"),
                org.assertj.core.groups.Tuple.tuple(Scope.TI, "cathode"),
                org.assertj.core.groups.Tuple.tuple(Scope.TIAB, "a"),
                org.assertj.core.groups.Tuple.tuple(Scope.AB, "b"));
        assertThat(parsed.toString()).isEqualTo("TI:(正极材料 OR cathode) AND (TIAB:a OR AB:b)");
    }

    @Test
    void allIsTheDefaultScope() {
        assertThat(Query.parse("ALL:x")).isEqualTo(Query.parse("x"));
        assertThat(Query.parse("TIABCL:x").toString()).isEqualTo("x");
    }

    @Test
    void termsAreNormalised() {
        // when
        Query parsed = Query.parse("Lithium-Ion ＬｉＦｅＰＯ４ \"Positive  Electrode\" cell* （“正极 材料”）");

        // then
        assertThat(parsed.terms()).containsExactly(
                new Term(Scope.TIABCL, "lithium ion", false, true),
                new Term(Scope.TIABCL, "lifepo4", false, false),
                new Term(Scope.TIABCL, "positive electrode", false, true),
                new Term(Scope.TIABCL, "cell", true, false),
                new Term(Scope.TIABCL, "正极材料", false, true));
        assertThat(parsed.terms().get(4).cjk()).isTrue();
        assertThat(parsed.terms().get(0).cjk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a OR b AND c",
        "TI:(正极材料 OR cathode) NOT AB:\"solid electrolyte\"",
        "NOT (a OR b) c*",
        "\"and\" OR \"not\"",
        "TI:a OR AB:(b c) OR NOT NOT d",
        "(锂离子电池 OR lithium-ion) AND (正极 OR cathode*) NOT TIAB:钠离子",
    })
    void canonicalFormParsesToTheSameTree(String query) {
        // given
        Query parsed = Query.parse(query);

        // when
        Query again = Query.parse(parsed.toString());

        // then
        assertThat(again).isEqualTo(parsed);
        assertThat(again.toString()).isEqualTo(parsed.toString());
    }

    @Test
    void evaluateUsesTheGivenPresence() {
        // given
        Query q = Query.parse("a OR b AND NOT c");

        // then
        assertThat(q.evaluate(term -> Set.of("a").contains(term.text()))).isTrue();
        assertThat(q.evaluate(term -> Set.of("b").contains(term.text()))).isTrue();
        assertThat(q.evaluate(term -> Set.of("b", "c").contains(term.text()))).isFalse();
        assertThat(q.evaluate(term -> false)).isFalse();
    }

    @ParameterizedTest(name = "{0} → position {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "(a OR b        | 7  | expected ')' to close the '(' at position 0",
        "a OR b)        | 6  | unexpected ')'",
        "a OR           | 4  | expected a term, phrase or '(' after OR",
        "AND a          | 0  | expected a term, phrase or '(' but found AND",
        "a AND OR b     | 6  | expected a term, phrase or '(' after AND but found OR",
        "a NOT          | 5  | after NOT",
        "x \"\"         | 2  | empty phrase",
        "x \"abc        | 2  | unterminated phrase",
        "XX:a           | 0  | unknown field 'XX:'; valid fields are TI, AB, CL, TIAB, TIABCL, ALL",
        "a TI:          | 5  | expected a term, phrase or '(' after TI:",
        "()             | 1  | empty parentheses",
        "a*b            | 1  | '*' is only allowed at the end",
        "-              | 0  | has no letters or digits",
        "~  ~           | 0  | empty query",
        "电池 -钠       | 3  | '-' is not an operator",
        "(a (b OR c)    | 11 | expected ')' to close the '(' at position 0",
    })
    void syntaxErrorsSayWhereAndWhat(String query, int position, String message) {
        assertThatThrownBy(() -> Query.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> {
                    QuerySyntaxException q = (QuerySyntaxException) e;
                    assertThat(q.position()).isEqualTo(position);
                    assertThat(q.reason()).contains(message);
                });
    }
}
