package dev.navi.ingest;

/**
 * An input file that cannot be read or is not recognised: empty, binary, not the format its content claims,
 * a zip bomb, an unknown layout without a mapping, a broken mapping file. The message names the file and,
 * where it applies, the sheet, row and column, and says what to do. Control characters in the file's name are escaped
 * in the message ({@link dev.navi.io.Names#escape}), so a crafted name cannot forge a line of output.
 */
public class InputException extends RuntimeException {
    private final String file;

    public InputException(String file, String message) {
        super(dev.navi.io.Names.escape(file) + ": " + message);
        this.file = file;
    }

    public InputException(String file, String message, Throwable cause) {
        super(dev.navi.io.Names.escape(file) + ": " + message, cause);
        this.file = file;
    }

    /** The file the problem is in, as the user named it. */
    public String file() {
        return file;
    }
}
