/**
 * The industry-chain map (产业链结构图): its immutable model ({@link dev.navi.chain.map.ChainMap},
 * {@link dev.navi.chain.map.ChainNode}), its two input forms — a YAML/JSON file ({@link dev.navi.chain.map.ChainMapReader})
 * and the analyst's technology decomposition table in Excel or CSV ({@link dev.navi.chain.map.DecompositionTableReader})
 * — the validator behind {@code navi map validate}, the tree printer behind {@code navi map show}
 * ({@link dev.navi.chain.map.MapPrinter}) and the starter map behind {@code navi map init}
 * ({@link dev.navi.chain.map.StarterMap}). The tagger receives the map as {@link dev.navi.chain.NodeSpec}s
 * ({@link dev.navi.chain.map.ChainMap#toNodeSpecs()}).
 *
 * <h2>The YAML/JSON format</h2>
 * <pre>
 * industry:                        # required
 *   id: nev-battery                #   optional; default: slug of en, else the file name
 *   zh: 新能源汽车动力电池           #   zh and/or en: at least one
 *   en: NEV power batteries
 *   description: ...               #   optional
 * nodes:                           # required, not empty: the top-level nodes (segments)
 *   - id: cathode                  # optional, unique in the map (letters, digits, . _ -)
 *     zh: 正极材料                   # zh and/or en: at least one
 *     en: Cathode materials
 *     description: ...             # optional
 *     key: true                    # optional, default false: key product/component (product-control metrics)
 *     ipc: [H01M4/505, H01M4/525]  # shorthand rule "ipc"
 *     ipcMainOnly: false           #   compare the shorthand ipc with the main IPC class only
 *     cpc: [Y02E60/10]             # shorthand rule "cpc"
 *     query: 正极材料 OR "cathode material"   # shorthand rule "query" (a list gives rules "query 1", "query 2" ...)
 *     rules:                       # explicit rules; conditions inside one entry are AND-ed
 *       - {ipc: H01M10/0562, query: 固态 OR "solid-state", ipcMainOnly: false, label: solid-state}
 *     children: [ ... ]            # the same structure, as deep as needed
 * </pre>
 *
 * <p><b>Rule semantics.</b> A node matches a record when any of its rules matches (OR). The shorthand keys
 * {@code ipc}, {@code cpc} and {@code query} at node level are <em>separate</em> rules, OR-ed with each other and with
 * the {@code rules} entries: {@code ipc: H01M4/58} plus {@code query: 磷酸铁锂} tags a record that has either. Within one
 * {@code rules} entry every condition that is given must hold (AND): write an entry to require IPC <em>and</em>
 * keywords. A node also holds every record of its sub-branches, so a node without rules of its own is the union of
 * its children; a node with neither rules nor children is
 * an error (it would match nothing).
 *
 * <p><b>Rule labels</b> name the rule in the tagging audit and are unique within a node: {@code ipc}, {@code cpc},
 * {@code query} (or {@code query 1}, {@code query 2} for a list) for shorthand rules, the entry's {@code label} or
 * else {@code rule N} (its 1-based place in {@code rules}) for explicit ones.
 *
 * <p><b>Codes.</b> IPC: section A–H, two-digit class (a class alone, {@code G06}, is allowed), optionally the subclass
 * letter, optionally the main group, optionally
 * {@code /} and the subgroup, optionally a trailing {@code *} that means the same as none: {@code H01M},
 * {@code H01M4}, {@code H01M4/58}, {@code H01M10/052*}. CPC the same, with section Y too. A code is a prefix: it
 * covers every code that starts with it, a bare main group covering only that group ({@code H01M4} is not
 * {@code H01M40}); a subgroup can be cut short to cover a range ({@code H01M10/6} covers H01M10/60–10/667).
 * Spaces inside a code and full-width characters are tolerated.
 *
 * <p><b>Queries</b> are in navi's query language ({@link dev.navi.chain.query.Query}): terms, "phrases", AND, OR,
 * NOT, parentheses, {@code term*} prefixes and field prefixes {@code TI:}, {@code AB:}, {@code CL:}, {@code TIAB:}
 * over title, abstract and claims.
 *
 * <p><b>Values.</b> Code lists may be a YAML list or one string separated by {@code , ; ， ； 、}. {@code key} and
 * {@code ipcMainOnly} take true/false (also yes/no, 是/否).
 *
 * <p><b>Ids.</b> A node without {@code id} gets the lower-case slug of its English name
 * ({@code "Cathode materials"} → {@code cathode-materials}); a node with only a Chinese name gets its position,
 * {@code n1.2.3} (third child of the second child of the first top-level node). A derived id that is already taken
 * becomes {@code parent.slug}, then {@code slug-2} .... Explicit ids must be unique; tags and corrections refer to
 * ids, so give explicit ids to nodes you may rename or move.
 *
 * <h2>Validation</h2>
 * Reading collects every problem, never only the first, each with its location ({@code map.yaml: line 14, column 7:
 * nodes[1].children[0].query}, or the sheet, row and column of a table): YAML/JSON syntax, unknown keys (with the
 * valid ones and a did-you-mean), keys given twice, missing names, duplicate ids, malformed IPC/CPC codes, query
 * syntax errors (with the position inside the query), rules without conditions, duplicate rule labels, empty nodes.
 * A map with problems is never returned, so a broken map cannot tag silently to nothing.
 */
package dev.navi.chain.map;
