package dev.navi.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code navi completion bash|zsh}: the shell completion script (picocli's AutoComplete). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for navi's commands and options.",
                "Install for this shell: source <(scripts/navi completion bash)   (zsh: ... completion zsh); "
                        + "for every shell: add that line to ~/.bashrc or ~/.zshrc."},
        footer = ExitCodes.HELP)
final class CompletionCommand implements Callable<Integer> {
    /** The shells a script is written for. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("navi", Main.commandLine());
        // picocli's script serves both: under zsh it loads zsh's bash-completion emulation (bashcompinit) itself
        StringBuilder b = new StringBuilder(script);
        // complete the launcher too, as the user types it (scripts/navi, ./scripts/navi)
        String launcher = Launcher.name();
        if (!launcher.equals("navi")) {
            b.append("\ncomplete -F _complete_navi -o default ").append(launcher).append('\n');
        }
        spec.commandLine().getOut().print(b);
        return ExitCodes.OK;
    }
}
