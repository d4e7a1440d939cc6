package dev.navi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InitIndustryTemplatesTest {
    @Test
    void initWritesTheIndustryTemplatesAndTheProjectFileNamesThemCommentedOut(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("init", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("industry/firms.csv"))).startsWith("\uFEFFname,credit_code,country,province");
        assertThat(dir.resolve("industry/market.csv")).exists();
        assertThat(Files.readString(dir.resolve("industry/region_output.csv"))).contains("region,node,year,output");
        assertThat(Files.readString(dir.resolve("navi.yaml"))).contains("# industry:").contains("#   firms: industry/firms.csv");
    }
}
