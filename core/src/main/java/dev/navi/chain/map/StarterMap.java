package dev.navi.chain.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The commented starter map that {@code navi map init} writes: a small power-battery chain (新能源汽车动力电池) that shows
 * every feature of the format in comments. It validates cleanly as it is.
 */
public final class StarterMap {
    private static final String RESOURCE = "starter-map.yaml";

    private StarterMap() {
    }

    /** The starter map's text (UTF-8 YAML, {@code \n} line ends). */
    public static String text() {
        try (InputStream in = StarterMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the navi jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
