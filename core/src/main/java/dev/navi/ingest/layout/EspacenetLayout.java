package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Espacenet result-list download (CSV or XLS). The classic form: {@code Title, Publication number,
 * Publication date, Inventor(s), Applicant(s), International classification, Cooperative Patent Classification,
 * Application number, Date of application, Priority number(s)} and citation columns, with banner rows above the
 * header in the XLS. Numbers read {@code WO2015026896 (A1)}; names carry {@code NAME\u2002[US]} country tags and
 * are joined with {@code ";  "}. The 2020+ form ({@code No, Title, Inventors, Applicants, Publication number,
 * Earliest priority, IPC, CPC, Publication date, Earliest publication, Family number}) is read too.
 */
public final class EspacenetLayout extends ColumnLayout {
    public EspacenetLayout() {
        super("espacenet", "Espacenet CSV/XLS",
                List.of(List.of("publication number"), List.of("applicant(s)", "applicants"),
                        List.of("international classification", "earliest priority", "priority number(s)")),
                List.of(
                        Column.of(Field.TITLE, TEXT, "Title"),
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "Publication number"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "Publication date"),
                        Column.with(Field.INVENTORS, TAGGED_NAMES, Splitter.SEMICOLON, "Inventor(s)", "Inventors"),
                        Column.with(Field.APPLICANTS, TAGGED_NAMES, Splitter.SEMICOLON, "Applicant(s)", "Applicants"),
                        Column.list(Field.IPC, Splitter.SEMICOLON, "International classification", "IPC"),
                        Column.list(Field.CPC, Splitter.SEMICOLON, "Cooperative Patent Classification", "CPC"),
                        Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "Application number"),
                        Column.of(Field.APPLICATION_DATE, DATE, "Date of application"),
                        Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, Splitter.SEMICOLON, "Priority number(s)"),
                        Column.of(Field.PRIORITY_DATE, DATE, "Earliest priority"),
                        Column.of(Field.FAMILY_ID, TEXT, "Family number")));
    }

    @Override
    public int match(Header header) {
        // Lens also has "Publication Number" and "Applicants"; Espacenet never has "Jurisdiction".
        return header.has("jurisdiction") ? 0 : super.match(header);
    }
}
