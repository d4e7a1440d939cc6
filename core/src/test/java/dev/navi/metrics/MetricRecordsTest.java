package dev.navi.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricRecordsTest {
    @Test
    void grantKindCodesAreRecognisedWithoutARegex() {
        // a digit, then B or C, then at most one digit, at the end
        assertThat(MetricRecords.grantKind("CN112345678B")).isTrue();
        assertThat(MetricRecords.grantKind("EP3456789B1")).isTrue();
        assertThat(MetricRecords.grantKind("US10123456B2")).isTrue();
        assertThat(MetricRecords.grantKind("CN2012345C")).isTrue();
        assertThat(MetricRecords.grantKind("CN112345678A")).isFalse();
        assertThat(MetricRecords.grantKind("US20200123456A1")).isFalse();
        assertThat(MetricRecords.grantKind("US1234567")).isFalse();
        assertThat(MetricRecords.grantKind("B1")).isFalse();
        assertThat(MetricRecords.grantKind("XB12")).isFalse();
        assertThat(MetricRecords.grantKind("")).isFalse();
    }
}
