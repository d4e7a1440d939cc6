package dev.navi.ingest.layout;

import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * WIPO PATENTSCOPE result-list download (XLS, query banner above the header): {@code Publication Number,
 * Publication Date, Title, Priority Data, IPC, Applicants, Inventors, FP Image}. Dates are
 * {@code DD.MM.YYYY}; priority data read {@code [60582692 2004-06-24T23:59:59.000Z US]}; lists are joined with
 * {@code ;} and repeat codes; publication numbers carry no kind code.
 */
public final class PatentscopeLayout extends ColumnLayout {
    public PatentscopeLayout() {
        super("patentscope", "PATENTSCOPE XLS",
                List.of(List.of("publication number"), List.of("priority data"), List.of("applicants")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "Publication Number"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "Publication Date"),
                        Column.of(Field.TITLE, TEXT, "Title"),
                        Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, Splitter.PRIORITY_LIST, "Priority Data"),
                        Column.list(Field.IPC, Splitter.SEMICOLON, "IPC", "International Class"),
                        Column.list(Field.APPLICANTS, Splitter.SEMICOLON, "Applicants"),
                        Column.list(Field.INVENTORS, Splitter.SEMICOLON, "Inventors"),
                        Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "Application Number"),
                        Column.of(Field.APPLICATION_DATE, DATE, "Application Date"),
                        Column.of(Field.OFFICE, TEXT, "Country"),
                        Column.of(Field.ABSTRACT, TEXT, "Abstract")));
    }

    @Override
    protected DateOrder dateOrder() {
        return DateOrder.DMY;
    }
}
