package dev.navi.ingest.layout;

import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * navi's own canonical dataset ({@code records.csv} written by {@code navi ingest}), so later stages and
 * re-runs can take it as input. Values are read back exactly; provenance is the original export's.
 */
public final class CanonicalLayout implements ExportLayout {
    @Override
    public String id() {
        return "navi";
    }

    @Override
    public String displayName() {
        return "navi canonical dataset";
    }

    @Override
    public int match(Header header) {
        return header.has(Field.PUBLICATION_NUMBER.key()) && header.has(CanonicalColumns.SOURCE_LAYOUT)
                && header.has(CanonicalColumns.SOURCE_ROW) ? 1000 : 0;
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public RowMapper mapper(Header header, String file) {
        int[] fieldIndex = new int[Field.values().length];
        for (Field f : Field.values()) {
            fieldIndex[f.ordinal()] = header.indexOf(List.of(f.key()));
        }
        int srcFile = header.indexOf(List.of(CanonicalColumns.SOURCE_FILE));
        int srcSheet = header.indexOf(List.of(CanonicalColumns.SOURCE_SHEET));
        int srcRow = header.indexOf(List.of(CanonicalColumns.SOURCE_ROW));
        int srcLayout = header.indexOf(List.of(CanonicalColumns.SOURCE_LAYOUT));
        int extra = header.indexOf(List.of(CanonicalColumns.EXTRA));
        // columns a later stage added (cleaned.csv's unit and applicant columns ...) travel on as extra values
        List<Integer> passThrough = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String k = header.names().get(i).replace("\uFEFF", "").strip();
            if (!k.isEmpty() && !CanonicalColumns.header().contains(k)) {
                passThrough.add(i);
            }
        }
        Map<String, RowMapper.Warning> warnings = new TreeMap<>();
        return new RowMapper() {
            @Override
            public Mapped map(RawRow row, String sheet) {
                if (row.problem() != null) {
                    return Mapped.rejected(row.problem());
                }
                Patent.Builder b = Patent.builder();
                for (Field f : Field.values()) {
                    int i = fieldIndex[f.ordinal()];
                    if (i < 0) {
                        continue;
                    }
                    try {
                        b.set(f, CanonicalColumns.parse(f, cell(row, i)));
                    } catch (IllegalArgumentException e) {
                        return Mapped.rejected("column " + f.key() + ": " + e.getMessage());
                    }
                }
                try {
                    Map<String, String> x = new LinkedHashMap<>(extra < 0 ? Map.of() : CanonicalColumns.parseExtra(cell(row, extra)));
                    for (int i : passThrough) {
                        if (!cell(row, i).isEmpty()) {
                            x.putIfAbsent(header.displayName(i), cell(row, i));
                        }
                    }
                    b.extra(x);
                    String f0 = srcFile < 0 || cell(row, srcFile).isEmpty() ? file : cell(row, srcFile);
                    String s0 = srcSheet < 0 || cell(row, srcSheet).isEmpty() ? null : cell(row, srcSheet);
                    long r0 = srcRow < 0 || cell(row, srcRow).isEmpty() ? row.number() : Long.parseLong(cell(row, srcRow));
                    String l0 = srcLayout < 0 || cell(row, srcLayout).isEmpty() ? id() : cell(row, srcLayout);
                    b.provenance(new Provenance(f0, s0, r0, l0));
                } catch (IllegalArgumentException e) {
                    return Mapped.rejected(e.getMessage());
                }
                Patent p = b.build();
                if (p.publicationNumber() == null && p.applicationNumber() == null) {
                    return Mapped.rejected("no identifier: the row has neither a publication number nor an application number");
                }
                return Mapped.kept(p);
            }

            @Override
            public Map<String, String> mappedColumns() {
                Map<String, String> m = new LinkedHashMap<>();
                for (Field f : Field.values()) {
                    if (fieldIndex[f.ordinal()] >= 0) {
                        m.put(f.key(), f.key());
                    }
                }
                return m;
            }

            @Override
            public List<String> unmappedColumns() {
                List<String> u = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String k = header.names().get(i);
                    if (Field.byKey(k).isEmpty() && !CanonicalColumns.header().contains(k) && !k.isBlank()) {
                        u.add(k);
                    }
                }
                return u;
            }

            @Override
            public Map<String, Warning> warnings() {
                return warnings;
            }

            @Override
            public List<String> notes() {
                return List.of();
            }
        };
    }

    /** A cell of navi's own CSV, its formula-injection escape undone ({@link dev.navi.io.CsvCells}). */
    private static String cell(RawRow row, int i) {
        return dev.navi.io.CsvCells.unescape(row.cell(i));
    }
}
