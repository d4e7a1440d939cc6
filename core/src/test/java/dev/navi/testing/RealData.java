package dev.navi.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * Locates the real exports in {@code ../shared/data/real}. They are never copied into the project. When the folder
 * is absent, tests that need it are skipped with a message, except under {@code CI=true}, where its absence fails.
 */
public final class RealData {
    private RealData() {
    }

    /** The {@code data/real} folder, or skips (fails in CI) when it is not there. */
    public static Path dir() {
        String configured = System.getProperty("navi.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path real = shared.resolve("data").resolve("real").normalize();
        if (!Files.isDirectory(real)) {
            Path alt = Path.of("..", "shared", "data", "real").toAbsolutePath().normalize();
            if (Files.isDirectory(alt)) {
                return alt;
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but the real exports are missing at " + real.toAbsolutePath()
                        + " (CI must provide ../shared beside the checkout)");
            }
            Assumptions.abort("real exports not found at " + real.toAbsolutePath() + "; skipping (set CI=true to make this fail)");
        }
        return real;
    }

    /** A file under {@code data/real}. */
    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("real export missing: " + p);
        }
        return p;
    }
}
