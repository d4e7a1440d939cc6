package dev.navi.ingest.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the text encoding of an export from its first bytes.
 *
 * <p>Order of evidence: a byte-order mark (UTF-8, UTF-16LE/BE); NUL bytes in alternate positions (UTF-16
 * without BOM); strict UTF-8 validity; GB18030 (a superset of GBK) when the bytes decode strictly and at least
 * 80 % of the non-ASCII characters are CJK ideographs or CJK punctuation, which Western text in a legacy
 * code page practically never does; otherwise a legacy single-byte code page: Mac Roman when the file uses
 * old-Mac CR-only line endings (Excel for Mac's "CSV" save), else Windows-1252.
 */
public final class EncodingDetector {
    /** Bytes examined. */
    public static final int SAMPLE = 1 << 20;

    /** The result: the charset, how many BOM bytes to skip, and a label for reports. */
    public record Detected(Charset charset, int bomLength, String label) {
    }

    private EncodingDetector() {
    }

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int n = Math.min(length, 4096);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (n >= 4 && oddZeros > n / 6 && evenZeros <= n / 50) {
            return new Detected(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
        }
        if (n >= 4 && evenZeros > n / 6 && oddZeros <= n / 50) {
            return new Detected(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
        }
        if (decodesStrictly(StandardCharsets.UTF_8, head, length)) {
            return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        Charset gb = Charset.forName("GB18030");
        if (decodesStrictly(gb, head, length) && cjkShare(gb, head, length) >= 0.8) {
            return new Detected(gb, 0, "GB18030 (GBK)");
        }
        boolean cr = false;
        boolean lf = false;
        for (int i = 0; i < length; i++) {
            if (head[i] == '\r') {
                cr = true;
            } else if (head[i] == '\n') {
                lf = true;
            }
        }
        if (cr && !lf) {
            return new Detected(Charset.forName("x-MacRoman"), 0, "Mac Roman");
        }
        return new Detected(Charset.forName("windows-1252"), 0, "Windows-1252");
    }

    /** Strict decode of the sample; a multi-byte sequence cut off at the sample's end does not count against it. */
    private static boolean decodesStrictly(Charset cs, byte[] head, int length) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        CoderResult r = d.decode(in, out, false);
        if (r.isError()) {
            return false;
        }
        // leftover bytes (in.remaining()) are an incomplete trailing sequence when the sample was cut
        return in.remaining() < 4 || length < SAMPLE && in.remaining() == 0;
    }

    private static double cjkShare(Charset cs, byte[] head, int length) {
        String s;
        try {
            s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(head, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return 0;
        }
        int nonAscii = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                    || c >= 0x3400 && c <= 0x4DBF || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D
                    || c == 0x2018 || c == 0x2019 || c == 0x00B7) {
                cjk++;
            }
        }
        return nonAscii == 0 ? 0 : (double) cjk / nonAscii;
    }
}
