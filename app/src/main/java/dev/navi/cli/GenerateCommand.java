package dev.navi.cli;

import dev.navi.gen.ExportWriter;
import dev.navi.gen.ExportWriter.Encoding;
import dev.navi.gen.ExportWriter.Format;
import dev.navi.gen.ExportWriter.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code navi generate}: write a synthetic export, for trying navi out, for tests and for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a SYNTHETIC export of power-battery (动力电池) patent records in a vendor's layout: made up "
                + "but realistic applicants, inventors, numbers, dates, families, legal status and texts, with the "
                + "vendor's headers, separators, encodings and quirks, so that 'navi ingest' reads it as a real export.",
                "The same seed always gives the same records (and the same bytes, for CSV). A seed's records form one "
                        + "fixed sequence: --skip picks a later window of it, so two files of one seed can share publications. "
                        + "The file is written to a temporary file and moved into place when complete."},
        footer = ExitCodes.HELP)
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Option(names = {"-l", "--layout"}, required = true, paramLabel = "LAYOUT",
            converter = LayoutConverter.class, completionCandidates = LayoutConverter.class,
            description = "Vendor layout: ${COMPLETION-CANDIDATES}.")
    Layout layout;

    @Option(names = {"-n", "--records"}, paramLabel = "N", defaultValue = "1000",
            description = "Number of records to write (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--skip", paramLabel = "K", defaultValue = "0",
            description = "Skip the first K records of the seed's sequence (default: ${DEFAULT-VALUE}).")
    long skip;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Output file. A name ending in .xlsx writes an Excel workbook (incopat and patsnap only); "
                    + "any other name writes CSV.")
    Path out;

    @Option(names = "--encoding", paramLabel = "ENCODING",
            converter = EncodingConverter.class, completionCandidates = EncodingConverter.class,
            description = "CSV encoding: ${COMPLETION-CANDIDATES} (default: the vendor's own, utf-8-bom for incopat, "
                    + "patsnap and lens, utf-8 for google-patents).")
    Encoding encoding;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1) {
            throw new ParameterException(spec.commandLine(), "--records must be at least 1, was " + records);
        }
        if (skip < 0) {
            throw new ParameterException(spec.commandLine(), "--skip must not be negative, was " + skip);
        }
        Format format = Format.forFile(this.out);
        ExportWriter.Options options;
        try {
            options = new ExportWriter.Options(layout, format, encoding);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ExportWriter.Result r = ExportWriter.writeFile(new ExportWriter.Request(options, seed, skip, records, this.out));
        out.printf(Locale.ROOT, "wrote %s: %s synthetic %s records (%s%s, seed %d%s), %s bytes%n", r.out(),
                Formats.count(r.records()), layout, format, format == Format.CSV ? ", " + options.encoding() : "", seed,
                skip > 0 ? ", skip " + skip : "", Formats.count(r.bytes()));
        return ExitCodes.OK;
    }

    /** Reads a layout by its id ({@code google-patents}) and lists the ids for help and completion. */
    static final class LayoutConverter implements picocli.CommandLine.ITypeConverter<Layout>, Iterable<String> {
        @Override
        public Layout convert(String value) {
            return Layout.byId(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown layout '" + value + "' (expected one of: " + String.join(", ", this) + ")"));
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Layout.values()).map(Layout::id).iterator();
        }
    }

    /** Reads an encoding by its name ({@code utf-8-bom}) and lists the names for help and completion. */
    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<Encoding>, Iterable<String> {
        @Override
        public Encoding convert(String value) {
            for (Encoding e : Encoding.values()) {
                if (e.toString().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown encoding '" + value + "' (expected one of: " + String.join(", ", this) + ")");
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Encoding.values()).map(Encoding::toString).iterator();
        }
    }
}
