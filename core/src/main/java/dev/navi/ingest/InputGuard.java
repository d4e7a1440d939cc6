package dev.navi.ingest;

import dev.navi.io.Manifest;
import dev.navi.io.Names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What navi refuses to read, before a byte of it is parsed: anything but a regular file (a device, FIFO or socket:
 * {@code /dev/zero} never ends, a FIFO blocks), and navi's own outputs — a file listed in a navi output set's
 * {@code manifest.json} beside it or up to two folders above, or a .docx/.xlsx carrying navi's document property
 * ({@link Manifest#OUTPUT_PROPERTY}), so an {@code --out} inside the exports folder cannot make the next run count the
 * atlas's data sheet as records. A symbolic link is followed and named with its target in the messages.
 */
final class InputGuard {
    private static final int CUSTOM_XML_LIMIT = 1 << 16;

    private InputGuard() {
    }

    static void check(Path path, String name) {
        Path real;
        BasicFileAttributes a;
        try {
            real = path.toRealPath();
            a = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputException(name, "cannot be opened: " + Names.describe(e));
        }
        String link = Files.isSymbolicLink(path) || !real.equals(path.toAbsolutePath().normalize())
                ? " (a link to " + Names.show(real) + ")" : "";
        if (!a.isRegularFile()) {
            throw new InputException(name, "is not a regular file" + link + " but a device, FIFO or socket; navi reads "
                    + "only export files");
        }
        Path dir = real.getParent();
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            Path m = dir.resolve(Manifest.NAME);
            if (!Files.isRegularFile(m)) {
                continue;
            }
            Optional<Manifest> manifest;
            try {
                manifest = Manifest.read(m);
            } catch (IOException e) {
                continue; // not a readable manifest: not evidence of anything
            }
            String rel = dir.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
            if (manifest.isPresent() && manifest.get().file(rel).isPresent()) {
                throw new InputException(name, "is an output of navi" + link + " (listed in " + Names.show(m) + ", written by "
                        + "navi " + manifest.get().command() + "); navi does not read its own outputs as input, because their "
                        + "records would be counted twice — keep --out outside the input folders and globs");
            }
        }
        if (a.size() > 4 && isZip(real) && hasNaviProperty(real)) {
            throw new InputException(name, "is a document navi wrote" + link + " (it carries navi's property "
                    + Manifest.OUTPUT_PROPERTY + "); navi does not read its own atlas as input, because its data sheet would be "
                    + "counted twice — give the exports instead");
        }
    }

    private static boolean isZip(Path p) {
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            byte[] h = in.readNBytes(4);
            return h.length == 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasNaviProperty(Path p) {
        try (ZipFile z = new ZipFile(p.toFile())) {
            ZipEntry e = z.getEntry("docProps/custom.xml");
            if (e == null) {
                return false;
            }
            try (InputStream in = z.getInputStream(e)) {
                String xml = new String(in.readNBytes(CUSTOM_XML_LIMIT), StandardCharsets.UTF_8);
                return xml.contains("name=\"" + Manifest.OUTPUT_PROPERTY + "\"");
            }
        } catch (IOException | RuntimeException e) {
            return false; // a damaged archive is the workbook reader's to report
        }
    }
}
