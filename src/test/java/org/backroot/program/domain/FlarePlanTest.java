package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** A flare plan is the person's own words: each part optional, at least one written, each within its limit. */
class FlarePlanTest {

    @Test
    void keepsTheWordsTrimmedAndTurnsBlankPartsIntoNothing() {
        FlarePlan plan = new FlarePlan("  A warm shower\r\nand a short walk ", " ", null, "My morning walk");
        assertThat(plan.whatHelps()).isEqualTo("A warm shower\nand a short walk");
        assertThat(plan.firstDays()).isNull();
        assertThat(plan.contacts()).isNull();
        assertThat(plan.part("keepDoing")).isEqualTo("My morning walk");
    }

    @Test
    void fiveHundredCharactersFitAndOneMoreIsRefusedNamingThePart() {
        assertThat(new FlarePlan(null, "x".repeat(500), null, null).firstDays()).hasSize(500);
        assertThatThrownBy(() -> new FlarePlan("ok", "x".repeat(501), null, "y".repeat(600)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("firstDays", "keepDoing"));
    }

    @Test
    void anEmptyPlanOrControlCharactersAreRefused() {
        assertThatThrownBy(() -> new FlarePlan(null, "", "  ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField()).containsOnlyKeys("whatHelps"));
        assertThatThrownBy(() -> new FlarePlan(null, null, "Call Sam\u0000", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField()).containsOnlyKeys("contacts"));
    }
}
