package dev.navi.cli;

import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config navi.yaml}: take inputs and settings from a project file; command-line options override it. */
public final class ConfigMixin {
    @Option(names = {"-c", "--config"}, paramLabel = "PROJECT", description = "Project file (navi.yaml): inputs, mappings, "
            + "chain map, alias table, exclusion rules, counting unit, region ... Options given on the command line win.")
    Path config;

    /** The project, or {@code null} without {@code --config}. */
    Project load() {
        return config == null ? null : ProjectLoader.load(config);
    }
}
