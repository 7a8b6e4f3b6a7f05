package vn.hotline1022.reporting.figures;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeBucketsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    void hoursAreProvinceHours() {
        assertThat(TimeBuckets.HOUR.starts(DAY, DAY)).hasSize(24);
        assertThat(TimeBuckets.HOUR.starts(DAY, DAY).get(0).toString()).isEqualTo("2025-06-02T00:00+07:00[Asia/Ho_Chi_Minh]");
        // 01:10 UTC is 08:10 in Bình Thuận
        assertThat(TimeBuckets.HOUR.indexOf(Instant.parse("2025-06-02T01:10:00Z"), DAY)).isEqualTo(8);
        // 23:30 UTC on 1 June is already 06:30 on 2 June locally
        assertThat(TimeBuckets.HOUR.indexOf(Instant.parse("2025-06-01T23:30:00Z"), DAY)).isEqualTo(6);
    }

    @Test
    void daysAreProvinceDays() {
        assertThat(TimeBuckets.DAY.starts(DAY, DAY.plusDays(6))).hasSize(7);
        assertThat(TimeBuckets.DAY.indexOf(Instant.parse("2025-06-02T17:30:00Z"), DAY)).isEqualTo(1);
        assertThat(TimeBuckets.DAY.indexOf(Instant.parse("2025-06-02T16:59:59Z"), DAY)).isEqualTo(0);
    }

    @Test
    void onlyHourOrDay() {
        assertThat(TimeBuckets.parse("Hour")).isEqualTo(TimeBuckets.HOUR);
        assertThatThrownBy(() -> TimeBuckets.parse("week")).isInstanceOf(IllegalArgumentException.class);
    }
}
