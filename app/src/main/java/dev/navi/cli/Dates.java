package dev.navi.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates on the command line ({@code --date}, {@code --cutoff}): year first, in the forms analysts write — 2026-11-30,
 * 2026/11/30, 2026.11.30, 20261130, 2026年11月30日 (month and day may have one digit). Day-first forms are refused:
 * 05/03/2026 is 5 March in one country and 3 May in another.
 */
final class Dates implements ITypeConverter<LocalDate> {
    /** The accepted forms, as messages list them. */
    static final String FORMS = "2026-11-30, 2026/11/30, 2026.11.30, 20261130 or 2026年11月30日";
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");

    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        Matcher m;
        int y;
        int mo;
        int d;
        if ((m = SEPARATED.matcher(v)).matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            d = Integer.parseInt(m.group(4));
        } else if ((m = COMPACT.matcher(v)).matches() || (m = CHINESE.matcher(v)).matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else {
            throw new TypeConversionException("'" + value + "' is not a date; write the year first: " + FORMS);
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a day of the calendar (" + e.getMessage()
                    .replaceFirst("^Invalid date ", "").replaceFirst("^Invalid value for ", "") + ")");
        }
    }
}
