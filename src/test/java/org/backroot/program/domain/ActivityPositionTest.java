package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.program.domain.LibraryFixtures.activity;
import static org.backroot.program.domain.LibraryFixtures.library;

import org.junit.jupiter.api.Test;

class ActivityPositionTest {

    @Test
    void aSetupThatPutsThePersonOnTheirBackMustSaySo() {
        assertThatThrownBy(() -> library(activity("a-one", 1, a -> a.remove("position"))))
                .isInstanceOf(LibraryValidationException.class)
                .hasMessageContaining("activity 'a-one': position must be lying-on-back");
        assertThatThrownBy(() -> library(activity("a-one", 1, a -> a.put("position", "sitting"))))
                .hasMessageContaining("position must be lying-on-back");
    }

    @Test
    void anUnknownPositionIsNamedWithTheChoices() {
        assertThatThrownBy(() -> library(activity("a-one", 1, a -> a.put("position", "upside-down"))))
                .hasMessageContaining("unknown position 'upside-down' (expected one of standing, sitting, kneeling, lying-on-back");
    }

    @Test
    void positionIsOptionalWhenTheSetupDoesNotLieOnTheBack() {
        ActivityLibrary lib = library(activity("a-one", 1, a -> {
            a.put("setup", "Stand tall with your feet hip-width apart.");
            a.remove("position");
        }), activity("a-two", 1, a -> {
            a.put("setup", "Sit on a firm chair.");
            a.put("position", "sitting");
        }));
        assertThat(lib.require("a-one").position()).isNull();
        assertThat(lib.require("a-two").position()).isEqualTo(ActivityPosition.SITTING);
        assertThat(lib.require("a-two").lyingOnBack()).isFalse();
    }

    @Test
    void everyShippedActivityDoneLyingOnTheBackIsMarked() {
        ActivityLibrary shipped = PlanTestLibraries.shipped();
        assertThat(shipped.all().stream().filter(Activity::lyingOnBack).map(Activity::id))
                .contains("core-dead-bug", "hip-glute-bridge", "breath-diaphragm-lying", "stress-body-scan-full")
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(shipped.all()).filteredOn(Activity::lyingOnBack)
                .allSatisfy(a -> assertThat(a.setup()).containsIgnoringCase("on your back"));
    }
}
