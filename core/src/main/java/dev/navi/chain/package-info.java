/**
 * Stage 3, chain: the industry-chain map (产业链结构图) — a tree of segments and technology branches with IPC/CPC and
 * keyword rules — and tagging (标引) of records against it: multi-label, with the rule that matched, coverage,
 * manual corrections and the recall/precision review the standard asks for.
 */
package dev.navi.chain;
