package dev.navi.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's help blocks are the real {@code --help} output: each block between {@code <!-- help: ARGS -->} and
 * {@code <!-- /help -->} must equal what {@code navi ARGS} prints. When a command's help changes, regenerate them with
 * {@code mvn -B -q -pl app -am test -Dtest=ReadmeTest -Dsurefire.failIfNoSpecifiedTests=false -Dnavi.readme.update=true}.
 */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- help: ([^>]*?) -->\\n```\\n(.*?)```\\n<!-- /help -->", Pattern.DOTALL);

    @Test
    void helpBlocksAreTheRealHelp() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        StringBuilder updated = new StringBuilder();
        int blocks = 0;
        StringBuilder drift = new StringBuilder();
        while (m.find()) {
            blocks++;
            String args = m.group(1).strip();
            CliRun r = CliRun.of(args.split(" "));
            assertThat(r.exitCode()).as(args).isZero();
            String help = r.out().replace("\r\n", "\n");
            if (!help.equals(m.group(2))) {
                drift.append(" '").append(args).append("'");
            }
            m.appendReplacement(updated, Matcher.quoteReplacement("<!-- help: " + args + " -->\n```\n" + help + "```\n<!-- /help -->"));
        }
        m.appendTail(updated);
        assertThat(blocks).as("README help blocks").isGreaterThanOrEqualTo(2);
        if (Boolean.getBoolean("navi.readme.update")) {
            Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(drift.toString()).as("README help blocks that differ from the real help (regenerate: see ReadmeTest's "
                + "javadoc)").isEmpty();
    }

    @Test
    void noFutureTenseForWhatIsBuilt() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).doesNotContain("will run").doesNotContain("(and, later, navi analyze)");
    }

    @Test
    void everyQueryFieldIsDocumented() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String field : dev.navi.chain.query.Scope.VALID_NAMES.split(", ")) {
            assertThat(readme).as(field).contains("`" + field + ":`");
        }
    }
}
