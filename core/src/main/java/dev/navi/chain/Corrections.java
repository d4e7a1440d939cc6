package dev.navi.chain;

import dev.navi.ingest.InputException;
import dev.navi.ingest.table.RawRow;
import dev.navi.ingest.table.RowSink;
import dev.navi.ingest.table.TableSource;
import dev.navi.ingest.table.TextTableSource;
import dev.navi.ingest.table.WorkbookTableSource;
import dev.navi.ingest.table.EncodingDetector;
import dev.navi.model.PublicationNumber;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An analyst's manual tagging corrections, applied on top of the rules on every run: a CSV or XLSX with the columns
 * {@code publication, node, action} ({@code add} / {@code remove}; Chinese headers {@code 公开号, 节点, 操作} with
 * {@code 添加 / 删除} work too) and an optional {@code note}. A later row for the same publication and node wins.
 */
public final class Corrections {
    /** One correction. */
    public record Correction(String publication, String node, boolean add, String note, String location) {
    }

    private final Map<String, Map<String, Correction>> byPublication;
    private final List<Correction> all;

    private Corrections(List<Correction> all) {
        this.all = List.copyOf(all);
        Map<String, Map<String, Correction>> m = new HashMap<>();
        for (Correction c : all) {
            m.computeIfAbsent(c.publication(), k -> new LinkedHashMap<>()).put(c.node(), c);
        }
        this.byPublication = m;
    }

    public static Corrections none() {
        return new Corrections(List.of());
    }

    public List<Correction> all() {
        return all;
    }

    /** The corrections for one publication number (normalised), node id → correction. */
    public Map<String, Correction> forPublication(String publication) {
        Map<String, Correction> m = publication == null ? null : byPublication.get(publication);
        return m == null ? Map.of() : m;
    }

    /** Publication numbers the corrections name. */
    public Set<String> publications() {
        return byPublication.keySet();
    }

    /**
     * Reads a corrections file.
     *
     * @throws InputException naming the file, row and column when a row cannot be read
     */
    public static Corrections load(Path file) {
        String name = file.toString();
        List<List<String>> rows = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        try {
            byte[] head = new byte[EncodingDetector.SAMPLE];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            TableSource src = n >= 4 && head[0] == 'P' && head[1] == 'K' ? WorkbookTableSource.xlsx(file, name)
                    : n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF ? WorkbookTableSource.xls(file, name)
                    : TextTableSource.open(file, name, head, n, (char) 0);
            boolean[] firstSheet = {true};
            src.read(new RowSink() {
                private boolean active;

                @Override
                public void startSheet(String s) {
                    active = firstSheet[0];
                    firstSheet[0] = false;
                }

                @Override
                public boolean row(RawRow row) {
                    if (!active) {
                        return false;
                    }
                    if (!row.isBlank()) {
                        rows.add(row.cells());
                        rowNumbers.add(row.number());
                    }
                    return true;
                }

                @Override
                public void endSheet() {
                }
            });
        } catch (IOException e) {
            throw new InputException(name, "cannot read the corrections: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InputException(name, "the corrections file is empty; it needs a header publication,node,action");
        }
        List<String> header = rows.get(0).stream().map(Corrections::fold).toList();
        int pub = index(header, "publication", "publication number", "公开号", "公开(公告)号", "pn");
        int node = index(header, "node", "node id", "节点", "分支", "branch");
        int action = index(header, "action", "操作", "add/remove");
        int note = index(header, "note", "备注", "说明");
        if (pub < 0 || node < 0 || action < 0) {
            throw new InputException(name, "row " + rowNumbers.get(0) + ": the header needs the columns publication, node and "
                    + "action (or 公开号, 节点, 操作); found " + rows.get(0));
        }
        List<Correction> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            long rowNo = rowNumbers.get(i);
            String p = cell(r, pub);
            String nd = cell(r, node);
            String a = fold(cell(r, action));
            if (p.isEmpty() || nd.isEmpty()) {
                throw new InputException(name, "row " + rowNo + ": publication and node are required");
            }
            boolean add;
            if (Set.of("add", "+", "添加", "增加", "是", "yes", "y", "1").contains(a)) {
                add = true;
            } else if (Set.of("remove", "delete", "-", "删除", "移除", "否", "no", "n", "0").contains(a)) {
                add = false;
            } else {
                throw new InputException(name, "row " + rowNo + ", column action: '" + cell(r, action)
                        + "' is neither add nor remove (添加 / 删除)");
            }
            String pn = PublicationNumber.parse(p).map(PublicationNumber::compact).orElse(p.strip());
            out.add(new Correction(pn, nd.strip(), add, note < 0 ? "" : cell(r, note), name + ":" + rowNo));
        }
        return new Corrections(out);
    }

    private static int index(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(fold(n));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() && r.get(i) != null ? r.get(i).strip() : "";
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
