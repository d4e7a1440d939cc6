package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * PatentsView's assignee table ({@code assignee.tsv}: {@code id, type, organization} and, in full versions,
 * {@code name_first, name_last}). Its rows describe assignees, not patents, so it is a lookup table: ingest
 * counts its rows and copies them to {@code lookup/} in the output, and the clean stage uses it (the
 * {@code type} code tells companies from individuals and governments). Its rows are never mapped to
 * patent records.
 */
public final class PatentsViewAssigneeLayout extends ColumnLayout {
    public PatentsViewAssigneeLayout() {
        super("patentsview-assignee", "PatentsView assignee table (TSV, lookup)",
                List.of(List.of("id", "assignee_id"), List.of("type", "assignee_type"),
                        List.of("organization", "disambig_assignee_organization")),
                List.of(
                        Column.of(Field.SOURCE_ID, TEXT, "id", "assignee_id"),
                        Column.list(Field.APPLICANTS, Splitter.LINES, "organization", "disambig_assignee_organization")));
    }

    @Override
    public boolean lookupTable() {
        return true;
    }

    @Override
    public int match(Header header) {
        return header.has("patent_title", "title", "num_claims", "patent_id") ? 0 : super.match(header);
    }
}
