package dev.navi.ingest.layout;

import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * PatentsView (USPTO) bulk patent table, TSV: the legacy {@code patent.tsv} ({@code id, type, number,
 * country, date, abstract, title, kind, num_claims ...}) and the current {@code g_patent.tsv}
 * ({@code patent_id, patent_type, patent_date, patent_title, patent_abstract, wipo_kind, num_claims ...}).
 * Every row is a granted US patent; the publication number is built as office + id + kind.
 */
public final class PatentsViewPatentLayout extends ColumnLayout {
    public PatentsViewPatentLayout() {
        super("patentsview-patent", "PatentsView patent table (TSV)",
                List.of(List.of("patent_id", "id"), List.of("patent_date", "date"), List.of("patent_title", "title"),
                        List.of("num_claims")),
                List.of(
                        Column.of(Field.SOURCE_ID, TEXT, "patent_id", "id"),
                        Column.of(Field.PATENT_TYPE, PATENT_TYPE, "patent_type", "type"),
                        Column.of(Field.OFFICE, TEXT, "country"),
                        Column.of(Field.GRANT_DATE, DATE, "patent_date", "date"),
                        Column.of(Field.TITLE, TEXT, "patent_title", "title"),
                        Column.of(Field.ABSTRACT, TEXT, "patent_abstract", "abstract"),
                        Column.of(Field.KIND_CODE, TEXT, "wipo_kind", "kind"),
                        Column.of(Field.CLAIMS_COUNT, COUNT, "num_claims")));
    }

    @Override
    protected void finish(Patent.Builder b, RawRow row) {
        String id = (String) b.get(Field.SOURCE_ID);
        if (id == null) {
            return;
        }
        String office = b.get(Field.OFFICE) == null ? "US" : (String) b.get(Field.OFFICE);
        String kind = b.get(Field.KIND_CODE) == null ? "" : (String) b.get(Field.KIND_CODE);
        b.office(office);
        b.publicationNumber(office + id.replace(",", "").strip() + kind);
        b.publicationDate((java.time.LocalDate) b.get(Field.GRANT_DATE));
        if (b.get(Field.PATENT_TYPE) == null) {
            b.patentType(PatentType.fromKind(office, kind.isEmpty() ? null : kind));
        }
    }
}
