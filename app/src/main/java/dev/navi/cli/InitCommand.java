package dev.navi.cli;

import dev.navi.chain.map.StarterMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code navi init}: start a project folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a navigation project in DIR: a commented navi.yaml, a starter chain-map.yaml and an exports/ "
                + "folder for the database exports.",
        footer = ExitCodes.HELP)
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Project folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite navi.yaml and chain-map.yaml if they exist.")
    boolean force;

    @Override
    public Integer call() {
        Path project = dir.resolve("navi.yaml");
        Path map = dir.resolve("chain-map.yaml");
        for (Path p : List.of(project, map)) {
            if (Files.exists(p) && !force) {
                spec.commandLine().getErr().printf("navi: %s exists; pass --force to overwrite it%n", p);
                return ExitCodes.USAGE;
            }
        }
        try {
            Files.createDirectories(dir.resolve("exports"));
            String template;
            try (InputStream in = InitCommand.class.getResourceAsStream("/dev/navi/project/starter-navi.yaml")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            write(project, template);
            write(map, StarterMap.text());
            dev.navi.industry.IndustryTemplates.write(dir.resolve("industry"), force);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("wrote %s, %s and %s/: put the exports there, edit the two files, then run%n"
                + "  navi map validate %s%n  navi metrics --config %s --out %s%n", project, map, dir.resolve("exports"), map,
                project, dir.resolve("out"));
        return ExitCodes.OK;
    }

    private static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".navi-", ".yaml");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
