package dev.navi.cli;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.map.MapPrinter;
import dev.navi.chain.map.MapValidation;
import dev.navi.chain.map.StarterMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code navi map}: validate, show and start industry-chain maps. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Work with industry-chain maps (产业链结构图): validate, show, init.",
        subcommands = {MapCommand.Validate.class, MapCommand.Show.class, MapCommand.Init.class},
        footer = ExitCodes.HELP)
final class MapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Report every problem of a map with its location (file, line, node): unknown keys, missing names, "
                    + "duplicate ids, malformed IPC/CPC, query syntax errors, empty nodes. Exit code 3 when there are any.",
            footer = ExitCodes.HELP)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LoggingMixin logging;

        @Parameters(paramLabel = "MAP", description = "Map file (YAML/JSON, or an Excel/CSV 技术分解表).")
        Path map;

        @Override
        public Integer call() {
            MapValidation v = ChainMapReader.read(map);
            if (v.ok()) {
                ChainMap m = v.chainMap().orElseThrow();
                spec.commandLine().getOut().printf("%s: ok (%d nodes, %d key products)%n", map, m.size(), m.keyProducts().size());
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println(v.report());
            return ExitCodes.INPUT;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the map as a tree.", footer = ExitCodes.HELP)
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LoggingMixin logging;

        @Parameters(paramLabel = "MAP", description = "Map file.")
        Path map;

        @Option(names = "--rules", description = "Show each node's rules too.")
        boolean rules;

        @Override
        public Integer call() {
            ChainMap m = ChainMapReader.load(map);
            spec.commandLine().getOut().print(MapPrinter.print(m, rules, Map.of()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Write a commented starter map to edit.",
            footer = ExitCodes.HELP)
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LoggingMixin logging;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write it (default: ${DEFAULT-VALUE}).")
        Path file = Path.of("chain-map.yaml");

        @Option(names = "--force", description = "Overwrite an existing file.")
        boolean force;

        @Override
        public Integer call() {
            if (Files.exists(file) && !force) {
                spec.commandLine().getErr().printf("navi: %s exists; pass --force to overwrite it%n", file);
                return ExitCodes.USAGE;
            }
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path tmp = Files.createTempFile(parent, ".navi-", ".yaml");
                Files.writeString(tmp, StarterMap.text(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf("wrote %s: edit it, then check it with 'navi map validate %s'%n", file, file);
            return ExitCodes.OK;
        }
    }
}
