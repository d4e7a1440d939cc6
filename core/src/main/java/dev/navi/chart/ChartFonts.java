package dev.navi.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled CJK font, WenQuanYi Micro Hei (Apache-2.0, see {@code fonts/NOTICE-wqy-microhei.txt}).
 *
 * <p>The machine that runs navi may have no CJK font installed, so charts never ask the system for one: the TrueType
 * collection is read from the class path once, on first use (holder idiom, so thread-safe without locks), and every
 * size is derived from that one {@link Font}. {@link Font} is immutable, so the returned fonts may be shared freely.
 */
public final class ChartFonts {

    /** Class-path location of the font collection. */
    static final String RESOURCE = "fonts/wqy-microhei.ttc";

    /** Family name of the proportional face in the collection (the other face is the Mono one). */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private ChartFonts() {
    }

    private static final class Holder {
        static final Font BASE = load();
    }

    private static Font load() {
        try (InputStream raw = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled font missing from the class path: dev/navi/chart/" + RESOURCE);
            }
            Font[] faces = Font.createFonts(new BufferedInputStream(raw));
            Font chosen = faces[0];
            for (Font f : faces) {
                if (FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
                    chosen = f;
                    break;
                }
            }
            // Registering lets code that looks fonts up by name find it too; it is refused (harmlessly) when the
            // system already has a font of that name. Nothing here relies on it: charts use the Font objects.
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
            } catch (RuntimeException ignored) {
                // an unusual AWT set-up; the Font objects still work for drawing
            }
            return chosen.deriveFont(Font.PLAIN, 12f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + RESOURCE + " is not a valid TrueType collection", e);
        }
    }

    /** The plain face at 12 pt. */
    public static Font base() {
        return Holder.BASE;
    }

    /** The plain face at {@code size} points. */
    public static Font plain(float size) {
        return Holder.BASE.deriveFont(Font.PLAIN, size);
    }

    /** The bold face at {@code size} points (synthesised by Java 2D: the collection has no bold face). */
    public static Font bold(float size) {
        return Holder.BASE.deriveFont(Font.BOLD, size);
    }
}
