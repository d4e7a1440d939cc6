package dev.navi.ingest.layout;

import dev.navi.ingest.parse.ClassSymbols;
import dev.navi.ingest.parse.Splitter;
import dev.navi.ingest.parse.Text;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.PublicationNumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.navi.ingest.layout.Column.Read.*;
import static dev.navi.ingest.layout.ColumnRowMapper.setIfAbsent;

/**
 * Derwent Innovations Index (Web of Science) field-tagged records, as {@link dev.navi.ingest.table.TaggedTextTableSource}
 * reads them: one column per tag, one row per record, and <b>one record per DWPI family</b> ({@link #rowIsFamily()}).
 * The same tags as column names also come from Web of Science's tab-delimited export, which this layout reads too.
 *
 * <p>Tags and what they fill:
 * <ul>
 *   <li>{@code PN} family members ({@code US2017104972-A1; WO2017062725-A1}): the first is the record's publication
 *       number (the DWPI basic), all are family members; DWPI writes US and KR pre-grant numbers without the zero
 *       after the year and KR grants without the leading {@code 10}, which are put back ({@code US20170104972A1},
 *       {@code KR101723066B1}) so the numbers meet the same publications from other sources;</li>
 *   <li>{@code TI} title (the DWPI title), {@code AB} abstract (all DWPI sections, {@code NOVELTY - … USE - …
 *       ADVANTAGE - …}, in order; the {@code ADVANTAGE} section also as the technical effect), {@code AU}
 *       inventors, {@code AE} applicants without their Derwent patentee codes ({@code TABUCHI DENKI KK
 *       (TABU-Non-standard)}; the codes are kept as the extra value {@code AE codes}), {@code IP} IPC
 *       ({@code B64C-039/02} → {@code B64C39/02});</li>
 *   <li>{@code PD} one line per member, {@code number   date   main IPC   week   Pages: n   language}: the first
 *       line gives the publication date and main IPC; {@code AD} {@code number   application   date}: the first
 *       line gives the application; {@code PI} {@code number   date} lines give the priorities. DWPI application
 *       and priority numbers leave out the filing year ({@code JP198782} filed 06 Oct 2015), so the same serial
 *       recurs every year; the year of the line's date is put after the office ({@code JP2015198782}) so that two
 *       applications never share a number;</li>
 *   <li>{@code GA} DWPI accession number: the family id; {@code UT} ({@code DIIDW:…}) the source id; {@code CP}
 *       cited patents: counted (distinct numbers that are not the family's own members) and kept as an extra
 *       value.</li>
 * </ul>
 * Kept as extra values, knowingly: {@code PT} (document type, always {@code P}), {@code DC} DWPI classes,
 * {@code MC} manual codes, {@code DS} designated states, {@code FD} further application details, {@code CR}
 * cited literature, and the chemistry and ring-index tags ({@code TF CI DN FS RG MN RI EA}).
 */
public final class DiiLayout extends ColumnLayout {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2}) ([A-Z][a-z]{2}) ((?:1[789]|20)\\d\\d)(?!\\d)");
    private static final Pattern DWPI_IPC = Pattern.compile("[A-HY]\\d\\d[A-Z]-\\d{3}/\\d+");
    private static final Pattern PATENTEE_CODE = Pattern.compile("\\s*\\(([A-Z0-9]{4}(?:-[A-Za-z -]+)?)\\)\\s*$");
    private static final Pattern SECTION_ADVANTAGE = Pattern.compile(
            "ADVANTAGE - (.*?)(?=\\s+(?:DETAILED DESCRIPTION|DESCRIPTION OF DRAWING\\(S\\)|ACTIVITY|MECHANISM OF ACTION|"
                    + "EXAMPLE|PREFERRED [A-Z ]+|TECHNOLOGY FOCUS|EXTENSION ABSTRACT|NOVELTY|USE) - |$)");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** One value per line; the tab-delimited form joins with {@code "; "}. */
    private static final Splitter ITEMS = Splitter.SEMICOLON;

    public DiiLayout() {
        super("dii", "Derwent Innovations Index (Web of Science tagged text)",
                List.of(List.of("pn"), List.of("ga", "ut"), List.of("ae", "dc", "mc", "pi")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, CUSTOM, "PN"),
                        Column.of(Field.TITLE, TEXT, "TI"),
                        Column.of(Field.ABSTRACT, CUSTOM, "AB"),
                        Column.list(Field.INVENTORS, ITEMS, "AU"),
                        Column.of(Field.APPLICANTS, CUSTOM, "AE"),
                        Column.of(Field.IPC, CUSTOM, "IP"),
                        Column.of(Field.PUBLICATION_DATE, CUSTOM, "PD"),
                        Column.of(Field.APPLICATION_NUMBER, CUSTOM, "AD"),
                        Column.of(Field.PRIORITY_NUMBERS, CUSTOM, "PI"),
                        Column.of(Field.FAMILY_ID, TEXT, "GA"),
                        Column.of(Field.SOURCE_ID, TEXT, "UT"),
                        Column.of(Field.CITES_COUNT, CUSTOM, "CP")));
    }

    @Override
    public boolean rowIsFamily() {
        return true;
    }

    @Override
    protected void readCustom(Column column, String value, Patent.Builder b) {
        switch (column.field()) {
            case PUBLICATION_NUMBER -> readMembers(value, b);
            case ABSTRACT -> {
                String text = Text.cell(value);
                setIfAbsent(b, Field.ABSTRACT, text);
                Matcher m = SECTION_ADVANTAGE.matcher(text == null ? "" : text);
                if (m.find() && !m.group(1).isBlank()) {
                    setIfAbsent(b, Field.TECH_EFFECTS, List.of(m.group(1).strip()));
                }
            }
            case APPLICANTS -> {
                List<String> names = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (String item : ITEMS.split(value)) {
                    Matcher m = PATENTEE_CODE.matcher(item);
                    if (m.find() && m.start() > 0) {
                        names.add(item.substring(0, m.start()).strip());
                        codes.add(m.group(1));
                    } else {
                        names.add(item);
                    }
                }
                setIfAbsent(b, Field.APPLICANTS, List.copyOf(new LinkedHashSet<>(names)));
                if (!codes.isEmpty()) {
                    b.putExtra("AE codes", String.join("; ", codes));
                }
            }
            case IPC -> {
                Set<String> codes = new LinkedHashSet<>();
                for (String c : Splitter.CODES.split(value)) {
                    codes.add(ClassSymbols.compact(c));
                }
                setIfAbsent(b, Field.IPC, List.copyOf(codes));
            }
            case PUBLICATION_DATE -> readPublicationLines(value, b);
            case APPLICATION_NUMBER -> readApplicationLines(value, b);
            case PRIORITY_NUMBERS -> readPriorityLines(value, b);
            case CITES_COUNT -> readCitedPatents(value, b);
            default -> super.readCustom(column, value, b);
        }
    }

    private static void readMembers(String value, Patent.Builder b) {
        List<String> members = new ArrayList<>();
        for (String item : ITEMS.split(value)) {
            PublicationNumber pn = publicationNumber(item)
                    .orElseThrow(() -> new IllegalArgumentException("not a publication number: '" + item + "'"));
            members.add(pn.compact());
            if (members.size() == 1) {
                setIfAbsent(b, Field.PUBLICATION_NUMBER, pn.compact());
                setIfAbsent(b, Field.OFFICE, pn.office());
                setIfAbsent(b, Field.KIND_CODE, pn.kind());
            }
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(members));
        setIfAbsent(b, Field.FAMILY_MEMBERS, distinct);
        setIfAbsent(b, Field.FAMILY_SIZE, distinct.size());
    }

    /**
     * A DWPI publication number in the form the issuing office and other sources use: US and KR pre-grant
     * publications get back the zero DWPI drops after the year ({@code US2017104972} → {@code US20170104972}), KR
     * grants their {@code 10} ({@code KR1723066B1} → {@code KR101723066B1}).
     */
    static java.util.Optional<PublicationNumber> publicationNumber(String raw) {
        return PublicationNumber.parse(raw).map(pn -> {
            String s = pn.serial();
            String k = pn.kind() == null ? "" : pn.kind();
            boolean preGrant = k.startsWith("A");
            if ((pn.office().equals("US") || pn.office().equals("KR")) && preGrant && s.length() == 10
                    && s.matches("(?:19|20)\\d{8}")) {
                return new PublicationNumber(pn.office(), s.substring(0, 4) + "0" + s.substring(4), pn.kind());
            }
            if (pn.office().equals("KR") && k.startsWith("B") && s.length() == 7 && s.chars().allMatch(Character::isDigit)) {
                return new PublicationNumber(pn.office(), "10" + s, pn.kind());
            }
            return pn;
        });
    }

    /** {@code PD} lines: the first line's date and main IPC are the record's. */
    private static void readPublicationLines(String value, Patent.Builder b) {
        for (String line : lines(value)) {
            LocalDate d = dateIn(line);
            if (d == null) {
                throw new IllegalArgumentException("no publication date in the PD line: '" + line + "'");
            }
            setIfAbsent(b, Field.PUBLICATION_DATE, d);
            Matcher ipc = DWPI_IPC.matcher(line);
            if (ipc.find()) {
                setIfAbsent(b, Field.MAIN_IPC, ClassSymbols.compact(ipc.group()));
            }
            return;
        }
    }

    /** {@code AD} lines {@code publication   application   date}: the first line's application is the record's. */
    private static void readApplicationLines(String value, Patent.Builder b) {
        for (String line : lines(value)) {
            String[] parts = line.strip().split("\\s{2,}");
            LocalDate d = dateIn(line);
            if (parts.length < 3 || d == null) {
                throw new IllegalArgumentException("not an AD line (publication, application, date): '" + line + "'");
            }
            setIfAbsent(b, Field.APPLICATION_NUMBER, withYear(parts[1], d));
            setIfAbsent(b, Field.APPLICATION_DATE, d);
            return;
        }
    }

    /** {@code PI} lines {@code number   date}: all priorities; the earliest date is the priority date. */
    private static void readPriorityLines(String value, Patent.Builder b) {
        Set<String> numbers = new LinkedHashSet<>();
        LocalDate earliest = null;
        for (String line : lines(value)) {
            String[] parts = line.strip().split("\\s{2,}");
            LocalDate d = dateIn(line);
            if (d == null) {
                throw new IllegalArgumentException("no priority date in the PI line: '" + line + "'");
            }
            numbers.add(withYear(parts[0], d));
            if (earliest == null || d.isBefore(earliest)) {
                earliest = d;
            }
        }
        setIfAbsent(b, Field.PRIORITY_NUMBERS, List.copyOf(numbers));
        setIfAbsent(b, Field.PRIORITY_DATE, earliest);
    }

    /**
     * {@code CP}: for each member that cites, a line with the member's number, then one line per cited patent
     * ({@code DE102007003458-A1   DIEHL BGT DEFENCE GMBH & CO KG (DIEH)   GUNDEL B}). Counts the distinct cited numbers
     * that are not the family's own members, and keeps the text.
     */
    private static void readCitedPatents(String value, Patent.Builder b) {
        @SuppressWarnings("unchecked")
        Set<String> own = new java.util.HashSet<>((List<String>) b.get(Field.FAMILY_MEMBERS));
        Set<String> cited = new LinkedHashSet<>();
        for (String line : lines(value)) {
            String first = line.strip().split("\\s+", 2)[0];
            publicationNumber(first).map(PublicationNumber::compact).filter(n -> !own.contains(n)).ifPresent(cited::add);
        }
        setIfAbsent(b, Field.CITES_COUNT, cited.size());
        b.putExtra("CP", value);
    }

    /**
     * A DWPI application or priority number with its filing year: {@code JP198782} of 06 Oct 2015 becomes
     * {@code JP2015198782}; a number that already carries the year after the office is left as it is.
     */
    static String withYear(String number, LocalDate date) {
        String n = number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (n.length() < 3 || !Character.isLetter(n.charAt(0)) || !Character.isLetter(n.charAt(1))) {
            return n;
        }
        String year = Integer.toString(date.getYear());
        String rest = n.substring(2);
        if (rest.startsWith(year) && rest.length() > 8) {
            return n;
        }
        return n.substring(0, 2) + year + rest;
    }

    private static List<String> lines(String value) {
        List<String> out = new ArrayList<>();
        for (String l : value.split("\\R|;\\s+")) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The first {@code dd Mon yyyy} date in a line, or null. */
    static LocalDate dateIn(String line) {
        Matcher m = DATE.matcher(line);
        if (!m.find()) {
            return null;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(m.group(2))) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(3)), i + 1, Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
