package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.ingest.parse.Text;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.PublicationNumber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.navi.ingest.layout.Column.Read.*;
import static dev.navi.ingest.layout.ColumnRowMapper.setIfAbsent;

/**
 * Questel Orbit Intelligence CSV / XLSX export: <b>one row per FamPat family</b> ({@link #rowIsFamily()}), keyed by
 * {@code Questel unique family ID (FAN)}. Multi-values are one per line inside the cell; values that belong to one
 * member are preceded by that member's number in brackets on a line of its own ({@code (CN119827680)} + line break
 * + the title), and several members' values follow one another that way.
 *
 * <p>The record: the first line of {@code Publication numbers with kind code} is its publication number (its
 * office, kind and, from the same line of {@code Publication dates}, its publication date), every line a family
 * member; its application is the line of {@code Application number} from the same office (that column lists the
 * family's applications in another order); the title and abstract are the first member's block, without the
 * member prefix. Orbit gives applicants only as its standardised latest assignees
 * ({@code Latest standardized assignees - inventors removed}), which stand in for the applicants.
 *
 * <p>Kept as extra values, knowingly: {@code Titulo} / {@code Resumen} (translations the user asked for),
 * {@code Standardized publication numbers}, {@code Country code and status}, {@code Original document},
 * {@code Countries/authorities - Count} (written with a double space by Orbit; header names match whatever their
 * spacing), {@code Family publication details}, {@code EPO Family ID}, {@code Standardized application number}.
 */
public final class OrbitLayout extends ColumnLayout {
    /** A line that is only a member number in brackets: {@code (CN119827680)}, {@code (WO2015/185708)}. */
    private static final Pattern MEMBER_LINE = Pattern.compile("\\(([A-Z]{2}[A-Z0-9/ .-]*\\d[A-Z0-9/ .-]*)\\)");
    /** Korean numbers as Orbit writes them: {@code KR10-2017-0013995}. */
    private static final Pattern KR_DASHED = Pattern.compile("KR\\s*10-((?:19|20)\\d\\d)-(\\d{7})(.*)");
    private static final Pattern ADDRESS = Pattern.compile("^NAME=(.*?)\\s*(?:,\\s*COUNTRY=([A-Z]{2}))?\\s*$");

    public OrbitLayout() {
        super("orbit", "Questel Orbit",
                List.of(List.of("questel unique family id (fan)", "fan"),
                        List.of("publication numbers with kind code", "publication numbers")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, CUSTOM, "Publication numbers with kind code", "Publication numbers"),
                        Column.of(Field.KIND_CODE, CUSTOM, "Publication kind codes"),
                        Column.of(Field.PUBLICATION_DATE, CUSTOM, "Publication dates"),
                        Column.of(Field.PRIORITY_DATE, DATE, "Earliest priority date"),
                        Column.of(Field.TITLE, CUSTOM, "Title"),
                        Column.of(Field.ABSTRACT, CUSTOM, "Abstract"),
                        Column.list(Field.INVENTORS, Splitter.LINES, "Inventors"),
                        Column.of(Field.APPLICANTS, CUSTOM, "Latest standardized assignees - inventors removed",
                                "Latest standardized assignees"),
                        Column.of(Field.APPLICANT_COUNTRIES, CUSTOM, "Assignee country"),
                        Column.of(Field.APPLICANT_ADDRESSES, CUSTOM, "Assignee address"),
                        Column.of(Field.FAMILY_ID, TEXT, "Questel unique family ID (FAN)", "FAN"),
                        Column.of(Field.APPLICATION_NUMBER, CUSTOM, "Application number"),
                        Column.of(Field.APPLICATION_DATE, CUSTOM, "Application dates", "Application date"),
                        Column.of(Field.URL, TEXT, "URL document")));
    }

    @Override
    public boolean rowIsFamily() {
        return true;
    }

    @Override
    protected void readCustom(Column column, String value, Patent.Builder b) {
        switch (column.field()) {
            case PUBLICATION_NUMBER -> readMembers(value, b);
            case KIND_CODE -> {
                List<String> kinds = values(value);
                if (!kinds.isEmpty()) {
                    setIfAbsent(b, Field.KIND_CODE, kinds.get(0));
                }
            }
            case PUBLICATION_DATE -> {
                List<String> dates = values(value);
                if (!dates.isEmpty()) {
                    setIfAbsent(b, Field.PUBLICATION_DATE, dev.navi.ingest.parse.Dates.parse(dates.get(0),
                            dev.navi.ingest.parse.DateOrder.YMD));
                }
            }
            case TITLE, ABSTRACT -> setIfAbsent(b, column.field(), firstBlock(value));
            case APPLICANTS, APPLICANT_COUNTRIES -> setIfAbsent(b, column.field(), values(value));
            case APPLICANT_ADDRESSES -> {
                List<String> addresses = new ArrayList<>();
                for (String v : values(value)) {
                    Matcher m = ADDRESS.matcher(v);
                    addresses.add(m.matches() ? m.group(1).strip() : v);
                }
                setIfAbsent(b, Field.APPLICANT_ADDRESSES, List.copyOf(new LinkedHashSet<>(addresses)));
            }
            case APPLICATION_DATE -> {
                // the earliest filing of the family: without the application numbers' order to go by, the earliest
                // date is the one every analysis by application year wants
                java.time.LocalDate earliest = null;
                for (String d : values(value)) {
                    java.time.LocalDate x = dev.navi.ingest.parse.Dates.parse(d, dev.navi.ingest.parse.DateOrder.YMD);
                    if (earliest == null || x.isBefore(earliest)) {
                        earliest = x;
                    }
                }
                setIfAbsent(b, Field.APPLICATION_DATE, earliest);
            }
            case APPLICATION_NUMBER -> {
                List<String> apps = values(value);
                String office = (String) b.get(Field.OFFICE);
                String pick = apps.isEmpty() ? null : apps.get(0);
                for (String a : apps) {
                    if (office != null && a.toUpperCase(Locale.ROOT).startsWith(office)) {
                        pick = a;
                        break;
                    }
                }
                setIfAbsent(b, Field.APPLICATION_NUMBER, ColumnRowMapper.applicationNumber(pick));
            }
            default -> super.readCustom(column, value, b);
        }
    }

    /**
     * Family members, one per line; the first is the record's number. With the kind-code column the number carries its
     * kind ({@code CN119827680         A} → {@code CN119827680A}); the plain {@code Publication numbers} column is the
     * fall-back when the export has no kind-code column (then {@code Publication kind codes} gives the first kind).
     */
    private static void readMembers(String value, Patent.Builder b) {
        List<String> members = new ArrayList<>();
        PublicationNumber first = null;
        for (String line : values(value)) {
            PublicationNumber pn = publicationNumber(line)
                    .orElseThrow(() -> new IllegalArgumentException("not a publication number: '" + line + "'"));
            if (first == null) {
                first = pn;
            }
            members.add(pn.compact());
        }
        if (first == null) {
            return;
        }
        setIfAbsent(b, Field.PUBLICATION_NUMBER, first.compact());
        setIfAbsent(b, Field.OFFICE, first.office());
        setIfAbsent(b, Field.KIND_CODE, first.kind());
        List<String> distinct = List.copyOf(new LinkedHashSet<>(members));
        setIfAbsent(b, Field.FAMILY_MEMBERS, distinct);
        setIfAbsent(b, Field.FAMILY_SIZE, distinct.size());
    }

    static java.util.Optional<PublicationNumber> publicationNumber(String raw) {
        Matcher kr = KR_DASHED.matcher(raw.strip());
        String s = kr.matches() ? "KR" + kr.group(1) + kr.group(2) + kr.group(3) : raw;
        return PublicationNumber.parse(s);
    }

    /**
     * A note when the export has no application dates: Orbit leaves them out unless the user adds the field, and every
     * analysis by application year then misses these families.
     */
    @Override
    protected List<String> headerNotes(Header header) {
        if (header.indexOf(List.of("application dates", "application date")) >= 0) {
            return List.of();
        }
        return List.of("the Orbit export has no 'Application dates' column: these families have no application year, so "
                + "analyses by application year leave them out (add the field to the Orbit export, or count by priority year)");
    }

    /** The record's number gets the first kind code when the number column had none. */
    @Override
    protected void finish(Patent.Builder b, dev.navi.ingest.table.RawRow row) {
        String pub = (String) b.get(Field.PUBLICATION_NUMBER);
        String kind = (String) b.get(Field.KIND_CODE);
        if (pub != null && kind != null) {
            PublicationNumber.parse(pub).filter(pn -> pn.kind() == null)
                    .ifPresent(pn -> b.set(Field.PUBLICATION_NUMBER, pn.compact() + kind));
        }
    }

    /** The cell's lines without the member-number lines, blank lines and duplicates. */
    static List<String> values(String cell) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : cell.split("\\R")) {
            String t = Text.clean(line);
            if (t != null && !MEMBER_LINE.matcher(t).matches()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** The text of the first member's block: the lines after the first member line up to the next one, joined. */
    static String firstBlock(String cell) {
        StringBuilder b = new StringBuilder();
        boolean seenMember = false;
        for (String line : cell.split("\\R")) {
            String t = Text.clean(line);
            if (t == null) {
                continue;
            }
            if (MEMBER_LINE.matcher(t).matches()) {
                if (seenMember || b.length() > 0) {
                    break;
                }
                seenMember = true;
                continue;
            }
            (b.length() == 0 ? b : b.append(' ')).append(t);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
