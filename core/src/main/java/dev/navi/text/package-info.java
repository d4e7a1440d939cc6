/**
 * Small text helpers shared by the readers of user-written files (chain maps, project files, industry tables):
 * the "did you mean" suggestion of {@link dev.navi.text.Suggestions}. No I/O, no third-party types.
 */
package dev.navi.text;
