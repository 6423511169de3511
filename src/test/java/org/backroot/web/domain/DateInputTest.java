package org.backroot.web.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;

class DateInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void readsAnIsoDateAndRefusesExtremeYearsAndOtherShapes() {
        assertThat(DateInput.parseOrNull("2026-03-14")).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(DateInput.parseOrNull(" 1900-01-01 ")).isEqualTo(DateInput.EARLIEST);
        assertThat(DateInput.parseOrNull("-999999999-01-01")).isNull();
        assertThat(DateInput.parseOrNull("+999999999-12-31")).isNull();
        assertThat(DateInput.parseOrNull("+10000-01-01")).isNull();
        assertThat(DateInput.parseOrNull("1899-12-31")).isNull();
        assertThat(DateInput.parseOrNull("2026-02-30")).isNull();
        assertThat(DateInput.parseOrNull(20260314)).isNull();
        assertThat(DateInput.parseOrNull(LocalDate.MIN)).isNull();
    }

    @Test
    void aPastDateStopsAtThePersonsTodayAndNamesTheField() {
        assertThat(DateInput.readPast("takenOn", "2026-12-03", TODAY, null)).isEqualTo(TODAY);
        assertThat(DateInput.readPast("takenOn", " ", TODAY, TODAY)).isEqualTo(TODAY);
        assertThatThrownBy(() -> DateInput.readPast("takenOn", "2026-12-04", TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("takenOn"));
        assertThatThrownBy(() -> DateInput.readPast("takenOn", "-999999999-01-01", TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message()).isEqualTo(DateInput.FORMAT));
    }

    @Property(tries = 200)
    void everyDateFrom1900ToTodayIsReadBackAsItself(@ForAll @DateRange(min = "1900-01-01", max = "2026-12-03") LocalDate date) {
        assertThat(DateInput.readPast("date", date.toString(), TODAY, null)).isEqualTo(date);
    }

    @Property(tries = 200)
    void noDateOutside1900ToTodayIsAccepted(@ForAll LocalDate date) {
        boolean inside = !date.isBefore(DateInput.EARLIEST) && !date.isAfter(TODAY);
        assertThat(DateInput.problemForPast(date, TODAY).isEmpty()).isEqualTo(inside);
    }
}
