package dev.navi.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Guesses how many rows the input files hold, for the reading stage's ETA: a text export's line breaks are counted
 * in its first MiB and scaled to the file's size (multi-line cells make the guess high, never wildly off for patent
 * exports); a workbook's rows cannot be guessed from its compressed size, so any workbook makes the total unknown.
 */
final class RowEstimate {
    private static final int SAMPLE = 1 << 20;

    private RowEstimate() {
    }

    /** The estimated total, or -1 when some file's rows cannot be guessed. */
    static long rows(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            long n = rows(f);
            if (n < 0) {
                return -1;
            }
            total += n;
        }
        return total;
    }

    static long rows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(SAMPLE);
            if (buf.length >= 4 && ((buf[0] == 'P' && buf[1] == 'K') || (buf[0] == (byte) 0xD0 && buf[1] == (byte) 0xCF))) {
                return -1; // xlsx (zip) or xls (OLE2)
            }
            long size = Files.size(file);
            long lines = 0;
            for (byte b : buf) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (buf.length == 0) {
                return 0;
            }
            if (size <= buf.length) {
                return Math.max(0, lines - 1);
            }
            return Math.max(1, Math.round((double) lines * size / buf.length) - 1);
        } catch (IOException e) {
            return -1;
        }
    }
}
