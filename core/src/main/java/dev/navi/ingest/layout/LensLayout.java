package dev.navi.ingest.layout;

import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Dates;
import dev.navi.ingest.parse.Splitter;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.time.LocalDate;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Lens.org patent export, every column set seen in the wild: 2015/2016 ({@code Publication Number}, no Lens ID,
 * {@code Type}, {@code Cited Count}), 2017 ({@code NPL Citation Id(s)}), 2021 and current ({@code Display Key},
 * {@code Earliest Priority Date}, {@code Abstract}, {@code Owners}, {@code Cites Patent Count}, {@code Cited by
 * Patent Count}, family members, {@code Legal Status}). Multi-values are joined with {@code ;;}. Old exports
 * re-saved in Excel write {@code DD/MM/YY}; two-digit years resolve against the row's {@code Publication Year}.
 *
 * <p>Broken quoting in the citation columns splits some records of old exports into fragments; the {@code #}
 * column of a real record is its sequence number, so a row whose {@code #} is not a number, or whose
 * jurisdiction is not a two-letter code, is a fragment and is rejected as one.
 */
public final class LensLayout extends ColumnLayout {
    private static final List<String> TYPE_COLUMNS = List.of("document type", "type");
    private static final List<String> SEQUENCE_COLUMN = List.of("#");
    private static final List<String> JURISDICTION_COLUMN = List.of("jurisdiction");
    private static final List<String> YEAR_COLUMN = List.of("publication year");

    public LensLayout() {
        super("lens", "Lens.org CSV",
                List.of(List.of("jurisdiction"), List.of("kind"), List.of("publication number", "display key"),
                        List.of("applicants"), List.of("lens id", "url")),
                columnTable());
    }

    private static List<Column> columnTable() {
        List<Column> c = new java.util.ArrayList<>(List.of(
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "Display Key", "Publication Number"),
                        Column.of(Field.OFFICE, TEXT, "Jurisdiction"),
                        Column.of(Field.KIND_CODE, TEXT, "Kind"),
                        Column.of(Field.SOURCE_ID, TEXT, "Lens ID"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "Publication Date"),
                        Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "Application Number"),
                        Column.of(Field.APPLICATION_DATE, DATE, "Application Date"),
                        Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, Splitter.DOUBLE_SEMICOLON, "Priority Numbers"),
                        Column.of(Field.PRIORITY_DATE, DATE, "Earliest Priority Date"),
                        Column.of(Field.TITLE, TEXT, "Title"),
                        Column.of(Field.ABSTRACT, TEXT, "Abstract"),
                        Column.of(Field.FIRST_CLAIM, TEXT, "Claims", "First Claim"),
                        Column.list(Field.APPLICANTS, Splitter.DOUBLE_SEMICOLON, "Applicants"),
                        Column.list(Field.INVENTORS, Splitter.DOUBLE_SEMICOLON, "Inventors"),
                        Column.list(Field.CURRENT_OWNERS, Splitter.DOUBLE_SEMICOLON, "Owners"),
                        Column.of(Field.URL, TEXT, "URL"),
                        Column.of(Field.PATENT_TYPE, PATENT_TYPE, "Document Type", "Type"),
                        Column.of(Field.CITES_COUNT, COUNT, "Cites Patent Count"),
                        Column.of(Field.CITED_BY_COUNT, COUNT, "Cited by Patent Count", "Cited Count"),
                        Column.of(Field.FAMILY_SIZE, COUNT, "Simple Family Size"),
                        Column.list(Field.FAMILY_MEMBERS, Splitter.DOUBLE_SEMICOLON, "Simple Family Members"),
                        Column.list(Field.FAMILY_OFFICES, Splitter.DOUBLE_SEMICOLON, "Simple Family Member Jurisdictions"),
                        Column.list(Field.CPC, Splitter.DOUBLE_SEMICOLON, "CPC Classifications"),
                        Column.list(Field.IPC, Splitter.DOUBLE_SEMICOLON, "IPCR Classifications"),
                        Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "Legal Status")));
        // known, no canonical field: the sequence number, non-patent literature (DOI(s), PubMed Id(s), NPL ...),
        // the extended family, US classes
        c.addAll(Column.kept("#", "Publication Year", "Full Text", "Has Full Text", "Extended Family Size",
                "Extended Family Members", "Extended Family Member Jurisdictions", "Sequence Count", "US Classifications",
                "DOI(s)", "PubMed Id(s)", "NPL Citation Id(s)", "Non-Patent Citations", "NPL Citations", "NPL Citation Count",
                "NPL Resolved Citation Count", "NPL Resolved Lens ID(s)", "NPL Resolved External ID(s)"));
        return c;
    }

    /**
     * {@code Type} / {@code Document Type} = {@code Granted Patent}: the publication is the grant, so its date is the
     * grant date (Lens has no grant-date column), which is what marks the record as granted downstream.
     */
    @Override
    protected void finish(Patent.Builder builder, RawRow row, Header header) {
        finish(builder, row); // the week-year correction first: the grant date is the corrected publication date
        int type = header.indexOf(TYPE_COLUMNS);
        if (type >= 0 && builder.get(Field.GRANT_DATE) == null && builder.get(Field.PUBLICATION_DATE) != null
                && row.cell(type).strip().equalsIgnoreCase("granted patent")) {
            builder.grantDate((LocalDate) builder.get(Field.PUBLICATION_DATE));
        }
    }

    @Override
    protected DateOrder dateOrder() {
        return DateOrder.DMY;
    }

    @Override
    protected int referenceYear(RawRow row, Header header) {
        int i = header.indexOf(YEAR_COLUMN);
        if (i >= 0) {
            String y = row.cell(i).strip();
            if (y.length() == 4 && allDigits(y)) {
                // one year of slack: Lens's year column and its DD/MM/YY date disagree in some rows
                // (US 4632836 A: "30/12/87", year 1986)
                return Integer.parseInt(y) + 1;
            }
        }
        return Dates.DEFAULT_REFERENCE_YEAR;
    }

    /**
     * The week-year trap: some Lens exports wrote {@code Publication Date} with a week-based year, so a publication of
     * 27–31 December carries the next year ({@code US 2015/0377837 A1}, published Thursday 2015-12-31, exported as
     * {@code 2016-12-31} with {@code Publication Year} 2015; 66 rows of the drones export). {@code Publication Year}
     * is authoritative: where the date is in 27–31 December of exactly the year after it, the date takes that year,
     * and the date as exported is kept among the extra values ({@value #EXPORTED_DATE}).
     */
    @Override
    protected void finish(Patent.Builder b, RawRow row) {
        String y = b.extraValue("Publication Year");
        if (b.get(Field.PUBLICATION_DATE) instanceof LocalDate d && y != null) {
            String year = y.strip();
            if (year.length() == 4 && allDigits(year)) {
                int py = Integer.parseInt(year);
                if (d.getYear() == py + 1 && d.getMonthValue() == 12 && d.getDayOfMonth() >= 27) {
                    b.putExtra(EXPORTED_DATE, d.toString());
                    b.publicationDate(d.withYear(py));
                }
            }
        }
    }

    /** The extra-value key that keeps a publication date corrected for the week-year trap, as it was exported. */
    public static final String EXPORTED_DATE = "Publication Date (as exported, week-year)";

    @Override
    protected String rowProblem(RawRow row, Header header) {
        int seq = header.indexOf(SEQUENCE_COLUMN);
        int jur = header.indexOf(JURISDICTION_COLUMN);
        String s = seq >= 0 ? row.cell(seq).strip() : "1";
        String j = jur >= 0 ? row.cell(jur).strip() : "XX";
        boolean number = !s.isEmpty() && allDigits(s);
        boolean office = j.length() == 2 && Character.isUpperCase(j.charAt(0)) && Character.isUpperCase(j.charAt(1));
        if (!number || !office) {
            return "row fragment: broken row (the '#' cell is '" + abbreviate(s) + "', the Jurisdiction cell '"
                    + abbreviate(j) + "'): a line break inside an unquoted cell of the previous record split it";
        }
        return null;
    }

    /** {@code s.chars().allMatch(Character::isDigit)} without a stream per cell (three cells of every row). */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
