package dev.navi.io;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an Office Open XML file (.docx, .xlsx) reproducible: the same content gives the same bytes. POI stamps each
 * zip entry with the clock and the workbook's {@code docProps/core.xml} with its creation time; this rewrites the
 * archive in its own entry order with every entry dated {@code date} 00:00 and the core properties' {@code created}
 * and {@code modified} set to {@code date} 00:00 UTC.
 *
 * <p>Every entry but {@code core.xml} is copied as POI compressed it, without inflating and deflating it again (with
 * commons-compress, which POI already uses for writing): a workbook with a million-row data sheet holds a sheet of
 * gigabytes of XML, and compressing it twice cost more than writing it.
 */
public final class Zips {
    private static final Pattern CORE_DATE = Pattern.compile("(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");
    private static final String CORE = "docProps/core.xml";

    private Zips() {
    }

    /** Rewrites {@code from} into {@code to} (see the class comment); {@code from} is left as it is. */
    public static void reproducible(Path from, Path to, LocalDate date) throws IOException {
        LocalDateTime time = date.atStartOfDay().isBefore(LocalDateTime.of(1980, 1, 1, 0, 0))
                ? LocalDateTime.of(1980, 1, 1, 0, 0) : date.atStartOfDay(); // DOS dates start in 1980
        // zip entries hold local (DOS) times, which the library converts from an instant in the default time zone:
        // the instant of that local time in the default zone gives the same fields in every zone
        long stampMillis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        String stamp = date + "T00:00:00Z";
        // the central directory, not a stream scan: POI's entries carry data descriptors that a stream reader misreads
        try (ZipFile in = ZipFile.builder().setPath(from).get();
             OutputStream fout = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(fout)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setTime(stampMillis);
                if (e.getName().equals(CORE)) {
                    String xml;
                    try (InputStream data = in.getInputStream(e)) {
                        xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    byte[] bytes = CORE_DATE.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + stamp + m.group(3)))
                            .getBytes(StandardCharsets.UTF_8);
                    copy.setMethod(ZipArchiveEntry.DEFLATED);
                    out.putArchiveEntry(copy);
                    out.write(bytes);
                    out.closeArchiveEntry();
                } else {
                    copy.setMethod(e.getMethod());
                    copy.setCrc(e.getCrc());
                    copy.setSize(e.getSize());
                    copy.setCompressedSize(e.getCompressedSize());
                    try (InputStream raw = in.getRawInputStream(e)) {
                        out.addRawArchiveEntry(copy, raw);
                    }
                }
            }
        }
    }
}
