package dev.navi.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTest {
    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "2019-03-05, YMD, 2019-03-05",
            "2019.03.05, YMD, 2019-03-05",
            "2019/3/5, YMD, 2019-03-05",
            "20190305, YMD, 2019-03-05",
            "20190305, DMY, 2019-03-05",
            "05.03.2019, DMY, 2019-03-05",
            "29.12.2005, DMY, 2005-12-29",
            "05/03/19, DMY, 2019-03-05",
            "10/07/08, DMY, 2008-07-10",
            "03/05/2019, MDY, 2019-03-05",
            "2004-06-24T23:59:59.000Z, YMD, 2004-06-24",
            "2019-03-05 00:00:00, YMD, 2019-03-05",
            "2019年3月5日, YMD, 2019-03-05",
            "43529, YMD, 2019-03-05",
            "21/09/76, DMY, 1976-09-21",
    })
    void readsEverySpelling(String raw, DateOrder order, LocalDate expected) {
        assertThat(Dates.parse(raw, order)).isEqualTo(expected);
    }

    @Test
    void twoDigitYearsResolveAgainstTheReferenceYearNotToday() {
        // default reference 2039: 39 -> 2039, 40 -> 1940
        assertThat(Dates.parse("01/01/39", DateOrder.DMY)).isEqualTo(LocalDate.of(2039, 1, 1));
        assertThat(Dates.parse("01/01/40", DateOrder.DMY)).isEqualTo(LocalDate.of(1940, 1, 1));
        // a record published in 1976 cannot have been filed in 2071
        assertThat(Dates.parse("24/08/71", DateOrder.DMY, 1977)).isEqualTo(LocalDate.of(1971, 8, 24));
        assertThat(Dates.parse("24/08/99", DateOrder.DMY, 1977)).isEqualTo(LocalDate.of(1899, 8, 24));
        assertThat(Dates.parse("24/08/13", DateOrder.DMY, 2014)).isEqualTo(LocalDate.of(2013, 8, 24));
    }

    @Test
    void blankIsNull() {
        assertThat(Dates.parse("  ", DateOrder.YMD)).isNull();
        assertThat(Dates.parse(null, DateOrder.YMD)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13-05", "2019-02-30", "yesterday", "2019-03", "12345678901", "05/03/019"})
    void rejectsWhatIsNotADate(String raw) {
        assertThatThrownBy(() -> Dates.parse(raw, DateOrder.YMD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw);
    }

    @Test
    void isoDatesReadAsLocalDateParsesThemAndInvalidOnesAreRejectedAsBefore() {
        // every day of a leap and a common year, the century leap rule, and the edges of the remembered years
        for (int year : new int[] {1799, 1800, 1900, 2000, 2023, 2024, 2199, 2200, 9999}) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                String text = d.toString();
                assertThat(Dates.parse(text, DateOrder.DMY)).as(text).isEqualTo(LocalDate.parse(text));
                assertThat(Dates.parse(text, DateOrder.DMY)).as("asked twice: " + text).isEqualTo(d);
            }
        }
        // impossible days fail as "not a date", not as a wrong day
        for (String bad : new String[] {"2023-02-29", "1900-02-29", "2024-02-30", "2023-04-31", "2023-13-01", "2023-00-10",
                "2023-01-00", "2023-01-32", "2O23-01-01", "2023-1a-01"}) {
            assertThatThrownBy(() -> Dates.parse(bad, DateOrder.DMY)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date");
        }
        assertThat(Dates.parse("2024-02-29", DateOrder.DMY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse("2000-02-29", DateOrder.DMY)).isEqualTo(LocalDate.of(2000, 2, 29));
    }
}
