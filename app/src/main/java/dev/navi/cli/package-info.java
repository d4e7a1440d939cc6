/**
 * The {@code navi} command line: one picocli subcommand per file, each turning its options into a core request,
 * calling one core service and mapping the outcome to an exit code ({@link dev.navi.cli.ExitCodes}).
 */
package dev.navi.cli;
