package dev.navi.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The tiny fixtures in {@code src/test/resources/fixtures} (see the README there). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
