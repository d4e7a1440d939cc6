package dev.navi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's help prints cleanly: no picocli format warnings (an unescaped % in a description), nothing on stderr. */
class HelpTest {
    static Stream<String> commands() {
        List<String> out = new ArrayList<>();
        collect(Main.commandLine(), "", out);
        return out.stream();
    }

    private static void collect(CommandLine cl, String prefix, List<String> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            String path = (prefix + " " + e.getKey()).strip();
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }

    @Test
    void theCommandListIsComplete() {
        assertThat(commands()).contains("init", "analyze", "inspect", "ingest", "clean", "map", "map validate", "tag",
                "metrics", "generate", "completion");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsNothingOnStderr(String command) {
        // picocli reports format problems through its tracer on System.err, not through the command's err writer
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun r;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            r = CliRun.of(args.toArray(String[]::new));
        } finally {
            System.setErr(saved);
        }
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: navi " + command);
        assertThat(r.err()).isEmpty();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBareNaviIsAUsageError() {
        CliRun r = CliRun.of();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: navi [-hV] [COMMAND]").contains("analyze");
    }

    @Test
    void completionScriptsForBashAndZsh() {
        CliRun bash = CliRun.of("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F _complete_navi").contains("analyze").contains("--skip-bad-files");
        CliRun zsh = CliRun.of("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).contains("bashcompinit");
        assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
