package dev.navi.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Input files and mapping files, shared by the commands that read exports. */
public final class InputMixin {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Export files (CSV, TSV, XLS, XLSX) from Google Patents, Lens.org, Patsnap, incoPat, Derwent, "
                    + "Espacenet, PATENTSCOPE, PatentsView, or navi's own records.csv. The layout is detected from the header.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-m", "--mapping"}, paramLabel = "MAPPING",
            description = "A mapping file (YAML or JSON) for an export layout navi does not know; repeatable. "
                    + "See README, 'Mapping files'.")
    List<Path> mappings = new ArrayList<>();
}
