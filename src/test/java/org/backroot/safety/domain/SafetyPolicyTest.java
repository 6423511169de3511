package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.safety.domain.RedFlagScreening.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafetyPolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void withoutAScreeningTheProgramNeverRuns() {
        SafetyStatus status = SafetyPolicy.status(SafetyRecord.none());
        assertThat(status.status()).isEqualTo(SafetyState.NOT_SCREENED);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("safety questions");
    }

    @Test
    void clearScreeningAllowsTheProgram() {
        SafetyStatus status = SafetyPolicy.status(SafetyRecord.screened(screen(), MONDAY));
        assertThat(status.status()).isEqualTo(SafetyState.CLEAR);
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.reasons()).isEmpty();
    }

    @Test
    void seeDoctorAllowsTheProgramAndAsksForAGpAppointment() {
        SafetyStatus status = SafetyPolicy.status(SafetyRecord.screened(screen("cancer-history", "yes"), MONDAY));
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.instructions()).contains("GP").contains("coming days or weeks").contains("carry on");
        assertThat(status.reasons()).hasSize(1);
    }

    @Test
    void urgentPausesTheProgramAndAsksForSameDayCare() {
        SafetyStatus status = SafetyPolicy.status(SafetyRecord.screened(screen("fever", "yes"), MONDAY));
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("today").contains("same-day");
    }

    @Test
    void emergencyPausesTheProgramAndSendsToTheEmergencyDepartmentNow() {
        SafetyStatus status = SafetyPolicy.status(SafetyRecord.screened(screen("saddle-numbness", "yes"), MONDAY));
        assertThat(status.status()).isEqualTo(SafetyState.EMERGENCY);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.instructions()).contains("emergency department now").contains("call emergency services");
    }

    @Test
    void clinicianAssessmentOnOrAfterTheScreeningReopensTheProgram() {
        SafetyRecord urgent = SafetyRecord.screened(screen("fever", "yes"), MONDAY);
        SafetyStatus sameDay = SafetyPolicy.status(urgent.withClinicianAssessment(MONDAY, TUESDAY));
        SafetyStatus nextDay = SafetyPolicy.status(urgent.withClinicianAssessment(TUESDAY, TUESDAY));
        assertThat(sameDay.programAllowed()).isTrue();
        assertThat(nextDay.programAllowed()).isTrue();
        assertThat(nextDay.status()).isEqualTo(SafetyState.URGENT);
        assertThat(nextDay.clinicianCleared()).isTrue();
        assertThat(nextDay.instructions()).contains("clinician has checked you");
    }

    @Test
    void clinicianAssessmentBeforeTheScreeningDoesNotCount() {
        SafetyRecord record = SafetyRecord.screened(screen("both-legs", "yes"), TUESDAY).withClinicianAssessment(MONDAY, TUESDAY);
        SafetyStatus status = SafetyPolicy.status(record);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.clinicianCleared()).isFalse();
    }

    @Test
    void rejectsClinicianAssessmentsInTheFuture() {
        SafetyRecord record = SafetyRecord.screened(screen(), MONDAY);
        assertThatThrownBy(() -> record.withClinicianAssessment(TUESDAY, MONDAY)).hasMessageContaining("assessedOn must not be in the future");
    }

    @Test
    void symptomsThatRaiseNothingLeaveTheRecordAlone() {
        SafetyRecord record = SafetyRecord.screened(screen(), MONDAY);
        assertThat(SafetyPolicy.afterSymptoms(record, Set.of(), TUESDAY)).isSameAs(record);
    }

    @Test
    void newEmergencySymptomPausesAProgramThatWasClear() {
        SafetyRecord record = SafetyPolicy.afterSymptoms(SafetyRecord.screened(screen(), MONDAY), Set.of(Symptom.BLADDER_CHANGE), TUESDAY);
        SafetyStatus status = SafetyPolicy.status(record);
        assertThat(status.status()).isEqualTo(SafetyState.EMERGENCY);
        assertThat(status.programAllowed()).isFalse();
        assertThat(record.resultOn()).isEqualTo(TUESDAY);
    }

    @Test
    void newSymptomAfterAClinicianClearanceNeedsANewAssessment() {
        SafetyRecord cleared = SafetyRecord.screened(screen("fever", "yes"), MONDAY).withClinicianAssessment(MONDAY, MONDAY);
        SafetyRecord after = SafetyPolicy.afterSymptoms(cleared, List.of(Symptom.NEW_TRAUMA), TUESDAY);
        SafetyStatus status = SafetyPolicy.status(after);
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.reasons()).extracting(Reason::linkId).containsExactly("new-trauma");
    }

    @Test
    void milderSymptomAfterAClinicianClearanceDoesNotReopenTheOldReasons() {
        SafetyRecord cleared = SafetyRecord.screened(screen("fever", "yes"), MONDAY).withClinicianAssessment(MONDAY, MONDAY);
        SafetyStatus status = SafetyPolicy.status(SafetyPolicy.afterSymptoms(cleared, List.of(Symptom.NIGHT_PAIN), TUESDAY));
        assertThat(status.status()).isEqualTo(SafetyState.SEE_DOCTOR);
        assertThat(status.programAllowed()).isTrue();
    }

    @Test
    void symptomsAddToReasonsNoClinicianHasCheckedYet() {
        SafetyRecord seeDoctor = SafetyRecord.screened(screen("cancer-history", "yes"), MONDAY);
        SafetyStatus status = SafetyPolicy.status(SafetyPolicy.afterSymptoms(seeDoctor, List.of(Symptom.FEVER), TUESDAY));
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.reasons()).extracting(Reason::linkId).containsExactly("fever", "cancer-history");
    }

    @Test
    void symptomsBeforeAnyScreeningShowOnlyWhenTheyNeedCareSoon() {
        SafetyStatus mild = SafetyPolicy.status(SafetyPolicy.afterSymptoms(SafetyRecord.none(), List.of(Symptom.NIGHT_PAIN), MONDAY));
        assertThat(mild.status()).isEqualTo(SafetyState.NOT_SCREENED);
        SafetyRecord urgent = SafetyPolicy.afterSymptoms(SafetyRecord.none(), List.of(Symptom.FEVER), MONDAY);
        assertThat(SafetyPolicy.status(urgent).status()).isEqualTo(SafetyState.URGENT);
        assertThat(SafetyPolicy.status(urgent).programAllowed()).isFalse();
        SafetyStatus afterClinician = SafetyPolicy.status(urgent.withClinicianAssessment(MONDAY, MONDAY));
        assertThat(afterClinician.status()).isEqualTo(SafetyState.NOT_SCREENED);
        assertThat(afterClinician.programAllowed()).isFalse();
    }
}
