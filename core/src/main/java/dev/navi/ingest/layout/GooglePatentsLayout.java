package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.ingest.table.RawRow;

import java.util.ArrayList;
import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Google Patents "Download (CSV)": a {@code search URL:} line, then {@code id, title, assignee,
 * inventor/author, priority date, filing/creation date, publication date, grant date, result link,
 * representative figure link}. Ids are {@code US-11355780-B2}; names are joined with {@code ", "} (split
 * legal-form aware); {@code 不公告发明人} ("inventor not disclosed") is a placeholder, not a name.
 */
public final class GooglePatentsLayout extends ColumnLayout {
    static final String UNDISCLOSED_INVENTOR = "不公告发明人";

    public GooglePatentsLayout() {
        super("google-patents", "Google Patents CSV",
                List.of(List.of("id"), List.of("inventor/author"), List.of("result link")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "id"),
                        Column.of(Field.TITLE, TEXT, "title"),
                        Column.with(Field.APPLICANTS, LIST, Splitter.COMMA, "assignee"),
                        Column.with(Field.INVENTORS, LIST, Splitter.COMMA, "inventor/author"),
                        Column.of(Field.PRIORITY_DATE, DATE, "priority date"),
                        Column.of(Field.APPLICATION_DATE, DATE, "filing/creation date"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "publication date"),
                        Column.of(Field.GRANT_DATE, DATE, "grant date"),
                        Column.of(Field.URL, TEXT, "result link")));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void finish(Patent.Builder b, RawRow row) {
        List<String> inventors = (List<String>) b.get(Field.INVENTORS);
        if (inventors.contains(UNDISCLOSED_INVENTOR)) {
            List<String> real = new ArrayList<>(inventors);
            real.remove(UNDISCLOSED_INVENTOR);
            b.inventors(real);
        }
    }
}
