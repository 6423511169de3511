package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRecordTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void acceptsADayWithOnlyPainLogged() {
        DayRecord r = new DayRecord(DAY, 4, null, null, null, null, null, null, null, null, false, null);

        assertThat(r.pain()).isEqualTo(4);
        assertThat(TriggerDriver.SLEEP_HOURS.exposedOn(r)).isNull();
    }

    @Test
    void rejectsPainAboveTen() {
        assertThatThrownBy(() -> new DayRecord(DAY, 11, 3, 7.0, 5, 20, 5000, 5.0, 6, 0.0, false, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pain:");
    }

    @Test
    void rejectsAdherenceAboveOne() {
        assertThatThrownBy(() -> new DayRecord(DAY, 2, 3, 7.0, 5, 20, 5000, 5.0, 6, 0.0, false, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("adherence:");
    }

    @Test
    void rejectsMissingDate() {
        assertThatThrownBy(() -> new DayRecord(null, 2, 3, 7.0, 5, 20, 5000, 5.0, 6, 0.0, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("date:");
    }
}
