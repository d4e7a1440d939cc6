/**
 * navi's keyword query language for chain-map rules: {@link dev.navi.chain.query.Query#parse} turns a query into an
 * immutable tree; {@link dev.navi.chain.query.TextNormaliser} is the normal form both queries and record text are
 * compared in.
 *
 * <h2>Grammar</h2>
 * <pre>
 * query   := or
 * or      := and ( OR and )*
 * and     := not ( [AND] not )*          adjacent operands are ANDed
 * not     := NOT not | primary
 * primary := [FIELD ':'] ( '(' or ')' | term | '"' phrase '"' )
 * FIELD   := TI | AB | CL | TIAB | TIABCL | ALL
 * </pre>
 * <ul>
 *   <li>Precedence: NOT binds tightest, then AND, then OR: {@code a OR b AND c} = {@code a OR (b AND c)}.</li>
 *   <li>Operators are case-insensitive ({@code and}, {@code Or}); to search for the word itself quote it
 *       ({@code "and"}).</li>
 *   <li>Fields: {@code TI} title, {@code AB} abstract, {@code CL} claims, {@code TIAB} title or abstract,
 *       {@code TIABCL} (= {@code ALL}) title, abstract or claims; a term without a field has scope {@code TIABCL}.
 *       A field before a parenthesised group applies to every term in it; a field written inside the group wins
 *       ({@code TI:(a OR AB:b)} = {@code TI:a OR AB:b}). Field names are case-insensitive.</li>
 *   <li>Full-width parentheses {@code （）}, colon {@code ：} and quotes {@code “ ” ＂} are accepted.</li>
 * </ul>
 *
 * <h2>Terms</h2>
 * Terms and record text are both brought to {@link dev.navi.chain.query.TextNormaliser normal form} (NFKC, lower case,
 * punctuation and hyphens become spaces), so case, full/half width and {@code lithium-ion} / {@code lithium ion} do not
 * matter.
 * <ul>
 *   <li>A Latin word matches whole words only: {@code cell} matches "Cell" and "cell-level" but not "cellulose";
 *       a trailing {@code *} makes it a prefix: {@code cell*} matches "cellulose". {@code *} elsewhere is an error.</li>
 *   <li>A phrase in quotes matches that exact word sequence: {@code "positive electrode material"}. A hyphenated word
 *       is a phrase too: {@code lithium-ion} = {@code "lithium ion"}.</li>
 *   <li>A term containing Chinese, Japanese or Korean characters matches as a substring, since those scripts have no
 *       word boundaries: {@code 电池} matches 锂离子电池组. A Latin end of a mixed term still needs a word boundary
 *       ({@code LED灯} does not match OLED灯); Latin words are delimited by CJK characters, so {@code LiFePO4} matches
 *       采用LiFePO4材料.</li>
 *   <li>Whitespace between two CJK characters is ignored on both sides (正极 材料 = 正极材料); punctuation is not
 *       (正极，材料 does not contain 正极材料).</li>
 * </ul>
 *
 * <h2>Examples</h2>
 * <pre>
 * 正极材料 AND (磷酸铁锂 OR 三元)                   ALL fields
 * TI:(锂离子电池 OR 锂电池) NOT 钠离子                title has either term, no field has 钠离子
 * TIAB:"solid electrolyte" AND (sulfide OR oxide*)
 * (lithium-ion OR Li-ion) battery NOT TI:capacitor
 * CL:隔膜 OR AB:separator
 * </pre>
 *
 * <h2>Errors</h2>
 * {@link dev.navi.chain.query.QuerySyntaxException} carries the 0-based position and says what was expected:
 * {@code (a OR b} → "expected ')' to close the '(' at position 0 but found the end of the query" at 7;
 * {@code a OR} → "expected a term, phrase or '(' after OR" at 4; {@code ""} → "empty phrase" at 0;
 * {@code XX:a} → "unknown field 'XX:'; valid fields are TI, AB, CL, TIAB, TIABCL, ALL" at 0.
 *
 * <h2>Canonical form</h2>
 * {@code toString()} prints operators in upper case, AND explicitly, normalised terms (quoted when they contain
 * a space, were quoted, or spell an operator), a field shared by a whole group once in front of it, parentheses only
 * where needed plus around an AND inside an OR; parsing the canonical form gives an equal tree.
 */
package dev.navi.chain.query;
