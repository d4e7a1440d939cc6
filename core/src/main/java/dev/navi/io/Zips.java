package dev.navi.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes an Office Open XML file (.docx, .xlsx) reproducible: the same content gives the same bytes. POI stamps each
 * zip entry with the clock and the workbook's {@code docProps/core.xml} with its creation time; this rewrites the
 * archive in its own entry order with every entry dated {@code date} 00:00 and the core properties' {@code created}
 * and {@code modified} set to {@code date} 00:00 UTC. Entries are deflated at the default level.
 */
public final class Zips {
    private static final Pattern CORE_DATE = Pattern.compile("(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");

    private Zips() {
    }

    /** Rewrites {@code from} into {@code to} (see the class comment); {@code from} is left as it is. */
    public static void reproducible(Path from, Path to, LocalDate date) throws IOException {
        LocalDateTime time = date.atStartOfDay().isBefore(LocalDateTime.of(1980, 1, 1, 0, 0))
                ? LocalDateTime.of(1980, 1, 1, 0, 0) : date.atStartOfDay(); // DOS dates start in 1980
        String stamp = date + "T00:00:00Z";
        // the central directory, not a stream scan: POI's entries carry data descriptors that ZipInputStream misreads
        try (ZipFile in = new ZipFile(from.toFile());
             OutputStream fout = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
             ZipOutputStream out = new ZipOutputStream(fout)) {
            byte[] buf = new byte[1 << 16];
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    if (e.getName().equals("docProps/core.xml")) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(CORE_DATE.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + stamp + m.group(3)))
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        for (int n; (n = data.read(buf)) > 0; ) {
                            out.write(buf, 0, n);
                        }
                    }
                }
                out.closeEntry();
            }
        }
    }
}
