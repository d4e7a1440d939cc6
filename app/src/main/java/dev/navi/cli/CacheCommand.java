package dev.navi.cli;

import dev.navi.clean.CleanCache;
import dev.navi.pipeline.ProjectCache;
import dev.navi.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code navi cache}: the project's clean cache (the cleaned records that analyze and metrics reuse). */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"Show or clear the project's clean cache (the cleaned records analyze and metrics reuse).",
                "analyze and metrics keep the cleaned records in " + CleanCache.FOLDER
                + "/ beside the project file and read them back while the inputs, mapping files, alias table, counting "
                + "unit and exclusion rules are unchanged (checked by their SHA-256 on every run), so a change of the map, "
                + "queries, region, peers, period or outputs re-tags and re-computes without reading the exports again.",
                "Turn it off for one run with analyze --no-cache."},
        subcommands = {CacheCommand.Status.class, CacheCommand.Clear.class},
        footer = ExitCodes.HELP)
final class CacheCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Project project(CommandSpec spec, ConfigMixin config) {
        if (config.config == null) {
            throw new ParameterException(spec.commandLine(), "--config PROJECT is required: the cache belongs to a project file");
        }
        return config.load();
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "List the project's cache entries: size, records, last use, and whether the project's current "
                    + "inputs and options would use it (the inputs are hashed to tell).",
            footer = ExitCodes.HELP)
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LoggingMixin logging;

        @Mixin
        ConfigMixin config;

        @Override
        public Integer call() {
            Project project = project(spec, config);
            PrintWriter out = spec.commandLine().getOut();
            List<CleanCache.Entry> entries;
            try {
                entries = ProjectCache.status(project, VersionProvider.version());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the cache: " + e.getMessage(), e);
            }
            CleanCache cache = CleanCache.forProject(project.file());
            if (entries.isEmpty()) {
                out.printf(Locale.ROOT, "no cache entries for %s in %s (the next analyze reads the inputs and stores one)%n",
                        project.file().getFileName(), cache.folder());
                return ExitCodes.OK;
            }
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
            for (CleanCache.Entry e : entries) {
                out.printf(Locale.ROOT, "%s%n", e.file());
                if (e.problem() != null) {
                    out.printf(Locale.ROOT, "  unreadable (%s): the next run deletes it; or run 'navi cache clear'%n", e.problem());
                    continue;
                }
                out.printf(Locale.ROOT, "  %s, %s counted records from %s input records, last used %s%n",
                        size(e.bytes()), Formats.count(e.records()), Formats.count(e.recordsIn()),
                        when.format(e.lastUsed()));
                out.printf(Locale.ROOT, "  %s%n", e.current() ? "current: the project's inputs and clean options match it"
                        : "stale: an input, mapping file, alias table, unit, exclusion rule or navi itself changed since "
                        + "(it is replaced by the next run)");
                if (logging.verbose) {
                    e.parts().forEach(p -> out.printf(Locale.ROOT, "    %s%n", p));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Delete the project's cache entries.",
            footer = ExitCodes.HELP)
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LoggingMixin logging;

        @Mixin
        ConfigMixin config;

        @Override
        public Integer call() {
            Project project = project(spec, config);
            CleanCache cache = CleanCache.forProject(project.file());
            int n;
            try {
                n = cache.clear();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + cache.folder() + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "removed %d file(s) from %s%n", n, cache.folder());
            return ExitCodes.OK;
        }
    }

    private static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%,.1f MB", bytes / 1048576.0);
    }
}
