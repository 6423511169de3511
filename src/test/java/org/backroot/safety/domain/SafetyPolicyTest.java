package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.safety.domain.SafetyHistories.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SafetyPolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Test
    void withoutAScreeningTheProgramNeverRuns() {
        SafetyStatus status = person().status();
        assertThat(status.status()).isEqualTo(SafetyState.NOT_SCREENED);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("safety questions");
    }

    @Test
    void clearScreeningAllowsTheProgram() {
        SafetyStatus status = person().screen(MONDAY).status();
        assertThat(status.status()).isEqualTo(SafetyState.CLEAR);
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.reasons()).isEmpty();
    }

    @Test
    void seeDoctorAllowsTheProgramAndAsksForAGpAppointment() {
        SafetyStatus status = person().screen(MONDAY, "cancer-history", "yes").status();
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.instructions()).contains("GP").contains("coming days or weeks").contains("carry on");
        assertThat(status.reasons()).hasSize(1);
    }

    @Test
    void urgentPausesTheProgramAndAsksForSameDayCare() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes").status();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("today").contains("same-day");
    }

    @Test
    void emergencyPausesTheProgramAndSendsToTheEmergencyDepartmentNow() {
        SafetyStatus status = person().screen(MONDAY, "saddle-numbness", "yes").status();
        assertThat(status.status()).isEqualTo(SafetyState.EMERGENCY);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("emergency department now").contains("call emergency services");
    }

    // --- Issue 7, the four reproduced cases: signs on different days add up exactly as in one screen ---

    @Test
    void cancerHistoryThenAWeakeningLegInACheckInIsAnEmergencyAsInOneScreen() {
        SafetyStatus apart = person().screen(MONDAY, "cancer-history", "yes").checkIn(TUESDAY, Symptom.LEG_WEAKNESS_WORSENING).status();
        SafetyStatus together = person().screen(MONDAY, "cancer-history", "yes", "leg-weakness-worsening", "yes").status();
        assertThat(apart.status()).isEqualTo(SafetyState.EMERGENCY);
        assertThat(apart).isEqualTo(together);
    }

    @Test
    void cancerHistoryThenNightPainInACheckInIsUrgentAsInOneScreen() {
        SafetyStatus apart = person().screen(MONDAY, "cancer-history", "yes").checkIn(TUESDAY, Symptom.NIGHT_PAIN).status();
        assertThat(apart.status()).isEqualTo(SafetyState.URGENT);
        assertThat(apart.programAllowed()).isFalse();
        assertThat(apart).isEqualTo(person().screen(MONDAY, "cancer-history", "yes", "night-pain", "yes").status());
    }

    @Test
    void nightPainOneDayAndWeightLossTheNextAreUrgentTogether() {
        SafetyStatus status = person().screen(MONDAY).checkIn(MONDAY, Symptom.NIGHT_PAIN)
                .checkIn(TUESDAY, Symptom.UNEXPLAINED_WEIGHT_LOSS).status();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.reasons().get(0).linkId()).isEqualTo("weight-loss+night-pain");
    }

    @Test
    void anAllNoScreenTheSameDayNeverLiftsAnEmergency() {
        SafetyStatus status = person().screen(MONDAY, "bladder-change", "yes").screen(MONDAY).status();
        assertThat(status.status()).isEqualTo(SafetyState.EMERGENCY);
        assertThat(status.programAllowed()).isFalse();
    }

    // --- Lifting a paused program: a clinician's assessment, or an explicit correction ---

    @Test
    void clinicianAssessmentOnOrAfterTheSignsReopensTheProgramAndSaysSo() {
        SafetyStatus sameDay = person().screen(MONDAY, "fever", "yes").clinician(MONDAY, TUESDAY).status();
        SafetyStatus nextDay = person().screen(MONDAY, "fever", "yes").clinician(TUESDAY, TUESDAY).status();
        assertThat(sameDay.programAllowed()).isTrue();
        assertThat(nextDay.programAllowed()).isTrue();
        assertThat(nextDay.status()).isEqualTo(SafetyState.URGENT);
        assertThat(nextDay.clinicianCleared()).isTrue();
        assertThat(nextDay.instructions()).contains("clinician has checked you");
    }

    @Test
    void clinicianAssessmentBeforeTheSignsDoesNotCover() {
        SafetyStatus status = person().screen(TUESDAY, "both-legs", "yes").clinician(MONDAY, TUESDAY).status();
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.clinicianCleared()).isFalse();
    }

    @Test
    void aSignReportedAfterTheConfirmationIsNotCoveredEvenForAnEarlierDay() {
        // A back-filled check-in about Monday, told after the person said a clinician saw them on Tuesday.
        SafetyStatus status = person().screen(MONDAY).clinician(TUESDAY, TUESDAY).checkIn(MONDAY, Symptom.FEVER).status();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.programAllowed()).isFalse();
    }

    @Test
    void aNewScreenAfterTheClinicianShowsTheNewAnswersOnly() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes").clinician(MONDAY, MONDAY).screen(TUESDAY).status();
        assertThat(status.status()).isEqualTo(SafetyState.CLEAR);
        assertThat(status.clinicianCleared()).isFalse();
    }

    @Test
    void newSymptomAfterAClinicianClearanceNeedsANewAssessment() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes").clinician(MONDAY, MONDAY)
                .checkIn(TUESDAY, Symptom.MAJOR_TRAUMA).status();
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.reasons()).extracting(Reason::linkId).containsExactly("major-trauma");
    }

    @Test
    void milderSymptomAfterAClinicianClearanceDoesNotReopenTheOldReasons() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes").clinician(MONDAY, MONDAY).checkIn(TUESDAY, Symptom.NIGHT_PAIN).status();
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.programAllowed()).isTrue();
    }

    @Test
    void aSmallFallInACheckInIsNotUrgentOnItsOwn() {
        assertThat(person().screen(MONDAY).checkIn(TUESDAY, Symptom.MINOR_TRAUMA).status().status()).isEqualTo(SafetyState.CLEAR);
        SafetyStatus fragile = person().screen(MONDAY, "fragile-bones", "yes").checkIn(TUESDAY, Symptom.MINOR_TRAUMA).status();
        assertThat(fragile.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(fragile.restrictions()).containsExactly(Restriction.LOADED_FLEXION);
        assertThat(person().screen(MONDAY).checkIn(TUESDAY, Symptom.MAJOR_TRAUMA).status().status()).isEqualTo(SafetyState.URGENT);
    }

    @Test
    void possibleFragileBoneFractureHoldsBackLoadedBendingUntilAClinicianChecks() {
        SafetyHistories older = person().facts(new PersonFacts(71, null, null)).screen(MONDAY, "fragile-bones", "unsure");
        assertThat(older.status().restrictions()).containsExactly(Restriction.LOADED_FLEXION);
        assertThat(older.status().programAllowed()).isTrue();
        assertThat(older.clinician(TUESDAY, TUESDAY).status().restrictions()).isEmpty();
    }

    @Test
    void aCorrectionTakesBackOneItemAndIsKeptDated() {
        SafetyHistories mistaken = person().screen(MONDAY, "bladder-change", "yes", "night-pain", "yes").mistake(MONDAY, "bladder-change");
        SafetyStatus status = mistaken.status();
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.reasons()).extracting(Reason::linkId).containsExactly("night-pain");
        assertThat(mistaken.history().corrections()).singleElement().satisfies(c -> assertThat(c.correctedOn()).isEqualTo(MONDAY));
    }

    @Test
    void theSameItemAnsweredAgainAfterACorrectionCountsAgain() {
        SafetyStatus status = person().screen(MONDAY, "bladder-change", "yes").mistake(MONDAY, "bladder-change")
                .checkIn(WEDNESDAY, Symptom.BLADDER_CHANGE).status();
        assertThat(status.status()).isEqualTo(SafetyState.EMERGENCY);
    }

    @Test
    void notSureAboutACaudaEquinaSignAsksForACallTodayWithoutPausing() {
        SafetyStatus status = person().screen(MONDAY, "saddle-numbness", "unsure").status();
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.instructions()).contains("today").contains("out-of-hours");
    }

    @Test
    void notSureOnOneDayAndNotSureOnAnotherAreUrgentTogether() {
        SafetyStatus status = person().screen(MONDAY, "saddle-numbness", "unsure").screen(TUESDAY, "bowel-change", "unsure").status();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.programAllowed()).isFalse();
    }

    @Test
    void symptomsBeforeAnyScreeningShowOnlyWhenTheyNeedCareSoon() {
        assertThat(person().checkIn(MONDAY, Symptom.NIGHT_PAIN).status().status()).isEqualTo(SafetyState.NOT_SCREENED);
        SafetyStatus urgent = person().checkIn(MONDAY, Symptom.FEVER).status();
        assertThat(urgent.status()).isEqualTo(SafetyState.URGENT);
        assertThat(urgent.programAllowed()).isFalse();
        SafetyStatus afterClinician = person().checkIn(MONDAY, Symptom.FEVER).clinician(MONDAY, MONDAY).status();
        assertThat(afterClinician.status()).isEqualTo(SafetyState.NOT_SCREENED);
        assertThat(afterClinician.programAllowed()).isFalse();
    }
}
