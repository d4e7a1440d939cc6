package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Derwent Innovation CSV export: an export banner above the header, then columns such as {@code Publication
 * Number}, {@code Title - DWPI}, {@code Assignee/Applicant}, {@code Optimized Assignee}, {@code Ultimate
 * Parent}, {@code DWPI Family Members}, {@code Count of Citing Patents}. Multi-values are joined with
 * {@code " | "} (older exports: {@code ;}).
 */
public final class DerwentLayout extends ColumnLayout {
    private static final Splitter S = Splitter.PIPE;

    public DerwentLayout() {
        super("derwent", "Derwent Innovation CSV",
                List.of(List.of("publication number"),
                        List.of("optimized assignee", "ultimate parent", "title - dwpi", "dwpi accession number",
                                "assignee - original", "abstract - dwpi", "dwpi family members")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "Publication Number"),
                        Column.of(Field.OFFICE, TEXT, "Publication Country Code"),
                        Column.of(Field.KIND_CODE, TEXT, "Publication Kind Code"),
                        Column.of(Field.TITLE, TEXT, "Title", "Title - DWPI", "Title - Original"),
                        Column.of(Field.ABSTRACT, TEXT, "Abstract", "Abstract - DWPI", "Abstract - Original"),
                        Column.of(Field.FIRST_CLAIM, TEXT, "First Claim", "Claims - Independent", "Claims"),
                        Column.of(Field.CLAIMS_COUNT, COUNT, "Count of Claims", "Claims Count"),
                        Column.list(Field.APPLICANTS, S, "Assignee/Applicant", "Assignee - Original", "Assignee/Applicant - Original"),
                        Column.list(Field.VENDOR_APPLICANTS, S, "Optimized Assignee", "Ultimate Parent", "Assignee - DWPI"),
                        Column.list(Field.CURRENT_OWNERS, S, "Assignee - Current", "Assignee - Current US"),
                        Column.list(Field.INVENTORS, S, "Inventor", "Inventor - DWPI", "Inventor - Original"),
                        Column.list(Field.APPLICANT_ADDRESSES, S, "Assignee/Applicant Address", "Assignee - Original w/address"),
                        Column.list(Field.APPLICANT_COUNTRIES, S, "Assignee/Applicant Country", "Assignee Country"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "Publication Date"),
                        Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "Application Number"),
                        Column.of(Field.APPLICATION_DATE, DATE, "Application Date"),
                        Column.of(Field.GRANT_DATE, DATE, "Grant Date", "Issue Date"),
                        Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, S, "Priority Number", "Priority Number(s)", "Priority Numbers"),
                        Column.of(Field.PRIORITY_DATE, DATE, "Earliest Priority Date", "Priority Date - Earliest"),
                        Column.list(Field.IPC, S, "IPC - Current", "IPC", "IPC - Original"),
                        Column.of(Field.MAIN_IPC, TEXT, "IPC - Current - First", "IPC - First", "Main IPC"),
                        Column.list(Field.CPC, S, "CPC - Current", "CPC", "CPC - Original"),
                        Column.of(Field.CITED_BY_COUNT, COUNT, "Count of Citing Patents", "Citing Patents - Count"),
                        Column.of(Field.CITES_COUNT, COUNT, "Count of Cited Refs - Patent", "Cited Refs - Patent - Count"),
                        Column.of(Field.FAMILY_ID, TEXT, "DWPI Family ID", "INPADOC Family ID"),
                        Column.list(Field.FAMILY_MEMBERS, S, "DWPI Family Members", "INPADOC Family Members"),
                        Column.of(Field.FAMILY_SIZE, COUNT, "DWPI Count of Family Members", "Count of DWPI Family Members",
                                "INPADOC Count of Family Members"),
                        Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "Legal Status", "INPADOC Legal Status",
                                "Status - Current"),
                        Column.of(Field.SOURCE_ID, TEXT, "DWPI Accession Number"),
                        Column.of(Field.URL, TEXT, "Link", "Derwent Innovation Link")));
    }
}
