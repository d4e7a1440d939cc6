package dev.navi.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Web of Science field-tagged text ({@code .ciw}, {@code savedrecs.txt}), the "plain text" export of the Derwent
 * Innovations Index and of the other Web of Science databases, read as a table: one column per field tag, one row
 * per record. It is told apart from delimited text by its content, never by its name: the first non-blank line is
 * {@code FN <producer>} ({@code FN Thomson Reuters Web of Science™}, {@code FN Clarivate Analytics Web of Science})
 * and a {@code VR <version>} line follows.
 *
 * <p>Structure: {@code FN} and {@code VR} lines, then records {@code PT …} to {@code ER}, then {@code EF} (often
 * without a final line break). A field starts with a two-character tag, a space and its value; each further line of
 * the field is indented (three spaces, nested items six, or tabs) and is one more value of it. A cell holds the
 * field's lines joined by {@code \n}, each stripped of its indentation; a tag repeated within a record adds lines to
 * the same cell.
 *
 * <p>The header row is synthesised: the tags in the order they first occur in the file (a first pass reads only
 * the tags), numbered as line 1 (the {@code FN} line). Each record's row number is the line of its {@code PT} tag.
 * Broken input is reported, never silently merged: a record that the next {@code PT} or the end of the file cuts off
 * before its {@code ER} line, and text found between records, become rows with a problem (rejected, with the line).
 */
public final class TaggedTextTableSource implements TableSource {
    private static final int MAX_TAG_SCAN_LINES = 5;

    private final Path path;
    private final EncodingDetector.Detected encoding;

    private TaggedTextTableSource(Path path, EncodingDetector.Detected encoding) {
        this.path = path;
        this.encoding = encoding;
    }

    /** A tagged-text source over {@code path}, decoded as {@code encoding}. */
    public static TaggedTextTableSource open(Path path, EncodingDetector.Detected encoding) {
        return new TaggedTextTableSource(path, encoding);
    }

    /**
     * Whether the start of a file is Web of Science field-tagged text: its first non-blank line is {@code FN …} and
     * one of the next few lines is {@code VR …}.
     */
    public static boolean looksTagged(byte[] head, int length, EncodingDetector.Detected encoding) {
        int n = Math.min(length, 4096);
        if (n <= encoding.bomLength()) {
            return false;
        }
        String start = new String(head, encoding.bomLength(), n - encoding.bomLength(), encoding.charset());
        String[] lines = start.split("\r\n|\r|\n");
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length || !lines[first].startsWith("FN ")) {
            return false;
        }
        for (int i = first + 1; i < lines.length && i <= first + MAX_TAG_SCAN_LINES; i++) {
            if (lines[i].startsWith("VR ") || lines[i].equals("VR")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String format() {
        return "tagged";
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public void read(RowSink sink) throws IOException {
        List<String> tags = tags();
        sink.startSheet(null);
        if (!sink.row(new RawRow(1, tags, String.join("\t", tags), null))) {
            sink.endSheet();
            return;
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            column.put(tags.get(i), i);
        }
        try (InputStream in = Files.newInputStream(path)) {
            LineReader lines = lines(in);
            Record rec = null;
            String current = null;
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                String text = line.text();
                String tag = tagOf(text);
                if (tag != null && rec == null && isFileTag(tag)) {
                    if (tag.equals("EF")) {
                        break;
                    }
                    continue;
                }
                if ("PT".equals(tag) && rec != null) {
                    // the previous record never reached its ER line
                    if (!sink.row(rec.toRow(column, "record cut off: the record starting on line " + rec.start
                            + " has no ER line before the next record (line " + line.number() + ")"))) {
                        sink.endSheet();
                        return;
                    }
                    rec = null;
                }
                if (rec == null) {
                    if (text.isBlank()) {
                        continue;
                    }
                    if (!"PT".equals(tag)) {
                        RawRow stray = new RawRow(line.number(), List.of(text.strip()), text,
                                "text outside a record (between ER and the next PT) on line " + line.number());
                        if (!sink.row(stray)) {
                            sink.endSheet();
                            return;
                        }
                        continue;
                    }
                    rec = new Record(line.number());
                }
                rec.raw.append(rec.raw.length() == 0 ? "" : "\n").append(text);
                if ("ER".equals(tag)) {
                    if (!sink.row(rec.toRow(column, null))) {
                        sink.endSheet();
                        return;
                    }
                    rec = null;
                    current = null;
                    continue;
                }
                if (tag != null) {
                    current = tag;
                    rec.add(tag, text.length() > 3 ? text.substring(3) : "");
                } else if (!text.isBlank() && current != null) {
                    rec.add(current, text); // an indented continuation line
                }
            }
            if (rec != null) {
                sink.row(rec.toRow(column, "record cut off: the file ends inside the record starting on line " + rec.start
                        + " (no ER line; truncated export?)"));
            }
        }
        sink.endSheet();
    }

    /** First pass: the field tags in the order they first occur, without the file-level FN/VR/EF and the ER marker. */
    private List<String> tags() throws IOException {
        Set<String> tags = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(path)) {
            LineReader lines = lines(in);
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                String tag = tagOf(line.text());
                if (tag == null || isFileTag(tag) || tag.equals("ER")) {
                    if ("EF".equals(tag)) {
                        break;
                    }
                    continue;
                }
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static boolean isFileTag(String tag) {
        return tag.equals("FN") || tag.equals("VR") || tag.equals("EF");
    }

    /** The tag a line starts with ({@code PN} in {@code PN JP2017071285-A}; {@code ER} alone), or null. */
    static String tagOf(String line) {
        if (line.length() < 2) {
            return null;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        boolean tagChars = a >= 'A' && a <= 'Z' && (b >= 'A' && b <= 'Z' || b >= '0' && b <= '9');
        if (!tagChars || line.length() > 2 && line.charAt(2) != ' ') {
            return null;
        }
        return line.substring(0, 2);
    }

    private LineReader lines(InputStream in) throws IOException {
        in.skipNBytes(encoding.bomLength());
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new LineReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
    }

    /** One record being collected: tag → its lines. */
    private static final class Record {
        final long start;
        final Map<String, StringBuilder> fields = new LinkedHashMap<>();
        final StringBuilder raw = new StringBuilder();

        Record(long start) {
            this.start = start;
        }

        void add(String tag, String value) {
            String v = value.strip();
            StringBuilder b = fields.get(tag);
            if (b == null) {
                fields.put(tag, new StringBuilder(v));
            } else if (!v.isEmpty()) {
                (b.length() == 0 ? b : b.append('\n')).append(v);
            }
        }

        RawRow toRow(Map<String, Integer> column, String problem) {
            List<String> cells = new ArrayList<>(column.size());
            for (int i = 0; i < column.size(); i++) {
                cells.add("");
            }
            fields.forEach((tag, value) -> {
                Integer i = column.get(tag);
                if (i != null) {
                    cells.set(i, value.toString());
                }
            });
            return new RawRow(start, cells, raw.toString(), problem);
        }
    }
}
