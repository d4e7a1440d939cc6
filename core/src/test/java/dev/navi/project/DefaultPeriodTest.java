package dev.navi.project;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultPeriodTest {
    @Test
    void theLastTwentyCompleteYearsUpToTheCutoff() {
        // a year is complete when it ended on or before the cut-off
        assertThat(DefaultPeriod.lastYear(LocalDate.of(2025, 6, 30))).isEqualTo(2024);
        assertThat(DefaultPeriod.lastYear(LocalDate.of(2025, 1, 1))).isEqualTo(2024);
        assertThat(DefaultPeriod.lastYear(LocalDate.of(2024, 12, 31))).isEqualTo(2024);
        // twenty years: 2005..2024 inclusive
        assertThat(DefaultPeriod.firstYear(2024, 1901)).isEqualTo(2005);
        // data starting later: the period starts with the data
        assertThat(DefaultPeriod.firstYear(2024, 2015)).isEqualTo(2015);
        // data starting after the last complete year: a one-year period, never an empty one
        assertThat(DefaultPeriod.firstYear(2024, 2025)).isEqualTo(2024);
    }
}
