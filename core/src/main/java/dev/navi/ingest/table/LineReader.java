package dev.navi.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads physical lines from a character stream, treating CR, LF and CR LF alike as line ends (real exports
 * use all three, old Mac exports CR alone). Lines can be pushed back for re-reading after a failed
 * multi-line record.
 */
final class LineReader {
    /** A physical line and its 1-based number. */
    record Line(long number, String text) {
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long lineNo;
    private boolean eof;
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private final StringBuilder sb = new StringBuilder(256);

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line, or {@code null} at end of input. A final line without terminator is returned too. */
    Line next() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pollFirst();
        }
        sb.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= len) {
                if (eof || !fill()) {
                    return any ? new Line(++lineNo, sb.toString()) : null;
                }
            }
            int start = pos;
            while (pos < len) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    sb.append(buf, start, pos - start);
                    pos++;
                    if (c == '\r') {
                        if (pos >= len) {
                            fill();
                        }
                        if (pos < len && buf[pos] == '\n') {
                            pos++;
                        }
                    }
                    return new Line(++lineNo, sb.toString());
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            any = true;
        }
    }

    /** Puts lines back, so that {@link #next()} returns them first, in the order given. */
    void pushBack(java.util.List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            pushedBack.addFirst(lines.get(i));
        }
    }

    private boolean fill() throws IOException {
        pos = 0;
        len = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        len = n;
        return true;
    }
}
