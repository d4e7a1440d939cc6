package dev.navi.ingest.layout;

import dev.navi.ingest.parse.DateOrder;
import dev.navi.ingest.parse.Dates;
import dev.navi.ingest.parse.Splitter;
import dev.navi.ingest.parse.Text;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.model.Provenance;
import dev.navi.model.PublicationNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps rows column by column with a {@link ColumnLayout}'s table, then applies the derivations every layout
 * shares (office and kind from the publication number, patent type from the kind code, status from the status
 * text, priority countries from priority numbers, family offices from family members).
 *
 * <p>A value that cannot be read (a date that is not a date) does not reject the row: it is counted as a
 * warning and its text is kept among the extra values under its column name, so nothing is lost. A row is
 * rejected only when it is structurally broken or has neither a publication nor an application number.
 */
final class ColumnRowMapper implements RowMapper {
    private static final Pattern COUNTRY_TAG = Pattern.compile("\\s*\\[([A-Z]{2})\\]\\s*$");
    /** A date inside a priority value: ISO (with an optional time), DD.MM.YYYY, or YYYYMMDD standing alone. */
    private static final Pattern PRIORITY_DATE = Pattern.compile(
            "(?<![0-9])((?:1[89]|20)\\d{2}-\\d{2}-\\d{2})(?:T[0-9:.]+Z?)?(?![0-9])"
                    + "|(?<![0-9.])(\\d{2}\\.\\d{2}\\.(?:1[89]|20)\\d{2})(?![0-9])"
                    + "|(?<![0-9A-Z])((?:1[89]|20)\\d{6})(?![0-9])");

    /** The day the USPTO switched to the 2001 kind codes (A1 = pre-grant publication, B1/B2 = grant). */
    private static final LocalDate US_PRE_GRANT_PUBLICATION_START = LocalDate.of(2001, 1, 2);

    private final ColumnLayout layout;
    private final Header header;
    private final String file;
    private final Column[] byColumn;
    private final boolean hasApplicantColumn;
    private final Map<String, RowMapper.Warning> warnings = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private boolean applicantsFromOwners;
    private final Interner interner;
    /** The interner slot of values derived from other columns (priority countries, applicant country tags). */
    private final int derivedSlot;

    ColumnRowMapper(ColumnLayout layout, Header header, String file) {
        this.layout = layout;
        this.header = header;
        this.file = file;
        this.byColumn = new Column[header.size()];
        boolean applicants = false;
        for (Column c : layout.columns()) {
            int i = header.indexOf(c.names());
            if (i >= 0 && byColumn[i] == null) {
                byColumn[i] = c;
                applicants |= c.field() == Field.APPLICANTS;
            }
        }
        this.hasApplicantColumn = applicants;
        this.derivedSlot = header.size();
        this.interner = new Interner(header.size() + 1);
    }

    /** A fresh mapper of the same layout, header and file: its own interner and counts, nothing shared but the header. */
    @Override
    public RowMapper fork() {
        ColumnRowMapper m = new ColumnRowMapper(layout, header, file);
        m.shareEqualValues(interner.enabled());
        return m;
    }

    @Override
    public void shareEqualValues(boolean share) {
        interner.enabled(share);
    }

    @Override
    public Map<String, String> mappedColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < byColumn.length; i++) {
            if (byColumn[i] != null && byColumn[i].field() != null) {
                m.put(header.displayName(i), byColumn[i].field().key());
            }
        }
        return m;
    }

    @Override
    public List<String> keptColumns() {
        List<String> k = new ArrayList<>();
        for (int i = 0; i < byColumn.length; i++) {
            if (byColumn[i] != null && byColumn[i].field() == null) {
                k.add(header.displayName(i));
            }
        }
        return k;
    }

    @Override
    public List<String> unmappedColumns() {
        List<String> u = new ArrayList<>();
        for (int i = 0; i < byColumn.length; i++) {
            if (byColumn[i] == null && !header.key(i).isEmpty()) {
                u.add(header.displayName(i));
            }
        }
        return u;
    }

    @Override
    public Map<String, Warning> warnings() {
        return Collections.unmodifiableMap(warnings);
    }

    @Override
    public List<String> notes() {
        List<String> n = new ArrayList<>(notes);
        n.addAll(layout.headerNotes(header));
        if (layout.rowIsFamily()) {
            n.add("each row is one patent family (" + layout.displayName() + "): it counts once as a family, and its "
                    + "publication number, dates and application are those of the family's first listed member");
        }
        if (applicantsFromOwners) {
            n.add("the export has no applicant column: applicants are taken from the current-owner column");
        }
        return n;
    }

    @Override
    public Mapped map(RawRow row, String sheet) {
        if (row.problem() != null) {
            return Mapped.rejected(row.problem());
        }
        String problem = layout.rowProblem(row, header);
        if (problem != null) {
            return Mapped.rejected(problem);
        }
        Patent.Builder b = Patent.builder();
        int refYear = layout.referenceYear(row, header);
        int n = Math.max(row.cells().size(), byColumn.length);
        for (int i = 0; i < n; i++) {
            String value = row.cell(i);
            Column c = i < byColumn.length ? byColumn[i] : null;
            if (c == null || c.read() == Column.Read.EXTRA) {
                if (!value.isBlank()) {
                    b.putExtra(header.displayName(i), interner.string(Math.min(i, derivedSlot), value));
                }
                continue;
            }
            if (value.isBlank()) {
                continue;
            }
            try {
                read(c, i, value, b, refYear);
            } catch (IllegalArgumentException e) {
                warn(header.displayName(i) + ": " + kindOfProblem(e.getMessage()), sheet, row.number());
                b.putExtra(header.displayName(i), value);
            }
        }
        layout.finish(b, row, header);
        derive(b);
        if (b.get(Field.PUBLICATION_NUMBER) == null && b.get(Field.APPLICATION_NUMBER) == null) {
            return Mapped.rejected("no identifier: the row has neither a publication number nor an application number");
        }
        b.provenance(new Provenance(file, sheet, row.number(), layout.id()));
        return Mapped.kept(b.build());
    }

    private static String kindOfProblem(String message) {
        int q = message == null ? -1 : message.indexOf(": '");
        return q < 0 ? String.valueOf(message) : message.substring(0, q);
    }

    private void warn(String key, String sheet, long row) {
        Warning w = warnings.get(key);
        // the earliest row, not the first met: a fork of a parallel read may map a later chunk of rows before an
        // earlier one, and the reported first location must not depend on which thread took which chunk
        if (w != null && w.firstRow() <= row) {
            warnings.put(key, new Warning(w.count() + 1, w.firstLocation(), w.firstRow()));
            return;
        }
        String loc = sheet == null ? "row " + row : "sheet " + sheet + " row " + row;
        warnings.put(key, new Warning(w == null ? 1 : w.count() + 1, loc, row));
    }

    private void read(Column c, int column, String value, Patent.Builder b, int refYear) {
        Field f = c.field();
        switch (c.read()) {
            case TEXT: {
                // long texts too: the A and B publications of one application, and family members in one language,
                // often carry the same title and abstract (the interner stops trying where they do not repeat)
                setIfAbsent(b, f, interner.text(column, Text.cell(value)));
                break;
            }
            case LIST:
                setIfAbsent(b, f, interner.cellList(column, value, c.splitter()::split));
                break;
            case DATE:
                setIfAbsent(b, f, interner.date(Dates.parse(value, layout.dateOrder(), refYear)));
                break;
            case COUNT:
                setIfAbsent(b, f, Text.parseCount(value));
                break;
            case DECIMAL:
                setIfAbsent(b, f, Text.parseDecimal(value));
                break;
            case PUBLICATION_NUMBER: {
                // Espacenet lists every publication of an application in one cell ("KR20140005675 (U); KR200475295 (Y1)"):
                // the first is the record's number, the others are members of its family.
                List<String> parts = Splitter.SEMICOLON.split(Text.hyperlinkLabel(value));
                List<PublicationNumber> numbers = new ArrayList<>();
                for (String part : parts) {
                    numbers.add(PublicationNumber.parse(part)
                            .orElseThrow(() -> new IllegalArgumentException("not a publication number: '" + value + "'")));
                }
                if (numbers.isEmpty()) {
                    break;
                }
                PublicationNumber pn = numbers.get(0);
                setIfAbsent(b, Field.PUBLICATION_NUMBER, pn.compact());
                setIfAbsent(b, Field.OFFICE, pn.office());
                setIfAbsent(b, Field.KIND_CODE, pn.kind());
                if (numbers.size() > 1) {
                    setIfAbsent(b, Field.FAMILY_MEMBERS, numbers.stream().map(PublicationNumber::compact).distinct().toList());
                }
                break;
            }
            case APPLICATION_NUMBER:
                setIfAbsent(b, f, applicationNumber(value));
                break;
            case PATENT_TYPE: {
                PatentType t = PatentType.fromLabel(value);
                if (t != null) {
                    setIfAbsent(b, Field.PATENT_TYPE, t);
                }
                break;
            }
            case LEGAL_STATUS:
                setIfAbsent(b, Field.LEGAL_STATUS_TEXT, interner.string(column, Text.cell(value)));
                break;
            case STATUS_AND_EVENTS: {
                List<String> items = c.splitter().split(value);
                setIfAbsent(b, Field.LEGAL_STATUS_TEXT, interner.text(column, Text.cell(value)));
                setIfAbsent(b, Field.LEGAL_EVENTS, interner.list(column, items));
                break;
            }
            case PRIORITIES:
                readPriorities(column, c.splitter().split(value), b, refYear);
                break;
            case TAGGED_NAMES:
                readTaggedNames(c, column, value, b);
                break;
            case CUSTOM:
                layout.readCustom(c, value, b);
                break;
            default:
                throw new IllegalStateException(c.read().name());
        }
    }

    static String applicationNumber(String value) {
        String s = Text.cell(value);
        if (s == null) {
            return null;
        }
        return s.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private void readTaggedNames(Column c, int column, String value, Patent.Builder b) {
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (String part : c.splitter().split(value)) {
            names.add(part);
            Matcher m = COUNTRY_TAG.matcher(part);
            if (m.find()) {
                countries.add(interner.string(derivedSlot, m.group(1)));
            }
        }
        setIfAbsent(b, c.field(), interner.list(column, names));
        if (c.field() == Field.APPLICANTS && !countries.isEmpty()) {
            setIfAbsent(b, Field.APPLICANT_COUNTRIES, List.copyOf(new LinkedHashSet<>(countries)));
        }
    }

    /**
     * Priority values come as {@code US 201161550506 P 20111024} (Lens), {@code KR20130006425U 20130801}
     * (Espacenet), {@code [60582692 2004-06-24T23:59:59.000Z US]} (Patentscope) or plain numbers. The date
     * inside, if any, is taken out; a stand-alone country code is put in front of the number.
     */
    private void readPriorities(int column, List<String> items, Patent.Builder b, int refYear) {
        List<String> numbers = new ArrayList<>();
        LocalDate earliest = null;
        for (String item : items) {
            String s = item.indexOf('[') < 0 && item.indexOf(']') < 0 ? item.strip()
                    : item.replace("[", " ").replace("]", " ").strip();
            // the last token that reads as a valid date is the priority date (an 8-digit serial can come first)
            Matcher m = mayHoldPriorityDate(s) ? PRIORITY_DATE.matcher(s) : null;
            LocalDate date = null;
            int start = -1;
            int end = -1;
            while (m != null && m.find()) {
                String d = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                LocalDate parsed = Dates.tryParse(d, m.group(2) != null ? DateOrder.DMY : DateOrder.YMD);
                if (parsed != null) {
                    date = parsed;
                    start = m.start();
                    end = m.end();
                }
            }
            if (date != null) {
                String rest = (s.substring(0, start) + " " + s.substring(end)).strip();
                // "EP 19601206 A" is a number that looks like a date: a date leaves a number behind, this leaves none
                if (anyDigit(rest)) {
                    if (earliest == null || date.isBefore(earliest)) {
                        earliest = date;
                    }
                    s = rest;
                }
            }
            String country = null;
            StringBuilder num = new StringBuilder();
            for (String t : whitespaceTokens(s)) {
                if (t.length() == 2 && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(1))
                        && country == null && num.length() > 0) {
                    country = t; // trailing country tag (Patentscope)
                } else {
                    num.append(t);
                }
            }
            String number = alphanumeric(num.toString());
            if (number.isEmpty()) {
                continue;
            }
            if (country != null && !number.startsWith(country)) {
                number = country + number;
            }
            numbers.add(number);
        }
        setIfAbsent(b, Field.PRIORITY_NUMBERS, interner.list(column, List.copyOf(new LinkedHashSet<>(numbers))));
        if (earliest != null) {
            setIfAbsent(b, Field.PRIORITY_DATE, earliest);
        }
    }

    /**
     * False when {@link #PRIORITY_DATE} cannot match: each of its forms needs a {@code -} (ISO), a {@code .} (DD.MM.YYYY)
     * or a run of exactly eight digits (YYYYMMDD standing alone). Lens numbers ({@code US 202218152412 A}) have none, so
     * most items skip the regex (a measured sixth of row mapping).
     */
    static boolean mayHoldPriorityDate(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 8 || c == '-' || c == '.') {
                return true;
            }
            run = 0;
        }
        return run == 8;
    }

    /**
     * {@code s.split("\\s+")} without its empty pieces (which add nothing to a number): the runs between the ASCII
     * white space {@code \\s} matches.
     */
    static List<String> whitespaceTokens(String s) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean ws = i == s.length() || isRegexSpace(s.charAt(i));
            if (ws) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean anyDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Upper-case letters and digits only: {@code US 60/083,758} and {@code US60083758} are one number. */
    private static String alphanumeric(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void derive(Patent.Builder b) {
        // a second language only where the first is there and says something else
        otherLanguage(b, Field.TITLE, Field.TITLE_ALT);
        otherLanguage(b, Field.ABSTRACT, Field.ABSTRACT_ALT);
        String pub = (String) b.get(Field.PUBLICATION_NUMBER);
        if (pub != null && (b.get(Field.OFFICE) == null || b.get(Field.KIND_CODE) == null)) {
            PublicationNumber.parse(pub).ifPresent(pn -> {
                setIfAbsent(b, Field.OFFICE, pn.office());
                setIfAbsent(b, Field.KIND_CODE, pn.kind());
            });
        }
        if (b.get(Field.OFFICE) instanceof String o) {
            b.office(o.strip().toUpperCase(Locale.ROOT));
        }
        if (((List<?>) b.get(Field.IPC)).isEmpty() && b.get(Field.MAIN_IPC) instanceof String main && !main.isBlank()) {
            // a field selection with only the main class (incoPat IPC主分类 without IPC): the main class is one of the
            // record's classes, so IPC-based counts and rules see it
            b.ipc(List.of(main));
        }
        if (b.get(Field.GRANT_DATE) == null && b.get(Field.PUBLICATION_DATE) instanceof LocalDate published
                && "US".equals(b.get(Field.OFFICE)) && "A".equals(b.get(Field.KIND_CODE))
                && published.isBefore(US_PRE_GRANT_PUBLICATION_START)) {
            // before 2001 the USPTO published granted patents only, all of kind A: the publication is the grant
            b.grantDate(published);
        }
        if (b.get(Field.PATENT_TYPE) == null) {
            PatentType t = PatentType.fromKind((String) b.get(Field.OFFICE), (String) b.get(Field.KIND_CODE));
            if (t != null) {
                b.patentType(t);
            }
        }
        if (b.get(Field.LEGAL_STATUS) == null) {
            LegalStatus s = statusOf(b);
            if (s != null) {
                b.legalStatus(s);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> priorities = (List<String>) b.get(Field.PRIORITY_NUMBERS);
        if (!priorities.isEmpty() && ((List<?>) b.get(Field.PRIORITY_COUNTRIES)).isEmpty()) {
            LinkedHashSet<String> countries = new LinkedHashSet<>();
            for (String p : priorities) {
                if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && Character.isLetter(p.charAt(1))) {
                    countries.add(interner.string(derivedSlot, p.substring(0, 2).toUpperCase(Locale.ROOT)));
                }
            }
            b.priorityCountries(interner.list(derivedSlot, List.copyOf(countries)));
        }
        @SuppressWarnings("unchecked")
        List<String> members = (List<String>) b.get(Field.FAMILY_MEMBERS);
        if (!members.isEmpty() && ((List<?>) b.get(Field.FAMILY_OFFICES)).isEmpty()) {
            LinkedHashSet<String> offices = new LinkedHashSet<>();
            for (String m : members) {
                PublicationNumber.parse(m).ifPresent(pn -> offices.add(pn.office()));
            }
            b.familyOffices(List.copyOf(offices));
        }
        @SuppressWarnings("unchecked")
        List<String> owners = (List<String>) b.get(Field.CURRENT_OWNERS);
        if (!hasApplicantColumn && ((List<?>) b.get(Field.APPLICANTS)).isEmpty() && !owners.isEmpty()) {
            b.applicants(owners);
            applicantsFromOwners = true;
        }
        deriveEventCounts(b);
    }

    /** Moves the other-language text up when the first language is missing, drops it when it repeats the first. */
    private static void otherLanguage(Patent.Builder b, Field first, Field other) {
        Object alt = b.get(other);
        if (alt == null) {
            return;
        }
        Object main = b.get(first);
        if (main == null) {
            b.set(first, alt);
            b.set(other, null);
        } else if (main.equals(alt)) {
            b.set(other, null);
        }
    }

    private static LegalStatus statusOf(Patent.Builder b) {
        String text = (String) b.get(Field.LEGAL_STATUS_TEXT);
        if (text == null) {
            return null;
        }
        for (String part : Splitter.PIPE.split(text.replace(';', '|').replace('；', '|'))) {
            LegalStatus s = LegalStatus.fromLabel(part);
            if (s != null) {
                return s;
            }
        }
        return LegalStatus.UNKNOWN;
    }

    /** Counts transfer / licence / pledge / litigation events when the export lists events but has no counts. */
    private static void deriveEventCounts(Patent.Builder b) {
        @SuppressWarnings("unchecked")
        List<String> events = (List<String>) b.get(Field.LEGAL_EVENTS);
        if (events.isEmpty()) {
            return;
        }
        int transfer = 0;
        int licence = 0;
        int pledge = 0;
        int litigation = 0;
        for (String e : events) {
            String s = e.toLowerCase(Locale.ROOT);
            if (s.contains("转移") || s.contains("转让") || s.contains("assignment") || s.contains("transfer")) {
                transfer++;
            }
            if (s.contains("许可") || s.contains("licen")) {
                licence++;
            }
            if (s.contains("质押") || s.contains("pledge")) {
                pledge++;
            }
            if (s.contains("诉讼") || s.contains("无效宣告") || s.contains("litigation")) {
                litigation++;
            }
        }
        setIfAbsent(b, Field.TRANSFER_COUNT, transfer);
        setIfAbsent(b, Field.LICENCE_COUNT, licence);
        setIfAbsent(b, Field.PLEDGE_COUNT, pledge);
        setIfAbsent(b, Field.LITIGATION_COUNT, litigation);
    }

    static void setIfAbsent(Patent.Builder b, Field f, Object value) {
        if (value == null) {
            return;
        }
        Object current = b.get(f);
        if (current == null || current instanceof List<?> l && l.isEmpty()) {
            b.set(f, value);
        }
    }
}
