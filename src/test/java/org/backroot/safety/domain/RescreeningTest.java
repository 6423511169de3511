package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RescreeningTest {

    @Test
    void theScreenFallsDueThreeCalendarMonthsAfterTheLastOne() {
        LocalDate screened = LocalDate.of(2026, 11, 30);
        assertThat(Rescreening.regularDue(screened, LocalDate.of(2027, 2, 27))).isEmpty();
        assertThat(Rescreening.regularDue(screened, LocalDate.of(2027, 2, 28))).contains(LocalDate.of(2027, 2, 28));
        assertThat(Rescreening.regularDue(screened, LocalDate.of(2027, 6, 1))).contains(LocalDate.of(2027, 2, 28));
    }
}
