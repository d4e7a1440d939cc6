package dev.navi.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * File names and I/O failures as navi prints them: control characters in a name are escaped ({@code \n}, {@code \t},
 * {@code \x1b}, {@code \u202e}), so a crafted file name cannot forge or hide a line of output; an I/O exception becomes
 * one line that names the path and says what failed, with "the disk is full" where the system says so.
 */
public final class Names {
    private Names() {
    }

    /** A path for a message, control and bidirectional-override characters escaped. */
    public static String show(Path p) {
        return p == null ? "?" : escape(p.toString());
    }

    /** A text for a message, control and bidirectional-override characters escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c >= 0x202a && c <= 0x202e
                    || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029;
            if (bad && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (!bad) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (c < 0x100) {
                    b.append(String.format("\\x%02x", (int) c));
                } else {
                    b.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** True when the exception (or a cause) says the disk or the user's quota is full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** One line for an I/O failure: the path and what went wrong. */
    public static String describe(Throwable e) {
        if (diskFull(e)) {
            String path = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FileSystemException fse && fse.getFile() != null) {
                    path = fse.getFile();
                    break;
                }
            }
            return (path == null ? "" : escape(path) + ": ") + "the disk is full (no space left on the device); free some "
                    + "space or write to another disk";
        }
        if (e instanceof NoSuchFileException n) {
            return escape(n.getFile()) + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException a) {
            return escape(a.getFile()) + ": permission denied";
        }
        if (e instanceof NotDirectoryException n) {
            return escape(n.getFile()) + ": not a folder";
        }
        if (e instanceof FileSystemException f) {
            return escape(f.getFile()) + (f.getOtherFile() == null ? "" : " → " + escape(f.getOtherFile())) + ": "
                    + (f.getReason() == null ? f.getClass().getSimpleName() : escape(f.getReason()));
        }
        String m = e.getMessage();
        return escape(m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(""));
    }
}
