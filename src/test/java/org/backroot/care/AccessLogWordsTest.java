package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.backroot.account.domain.AccessEntry;
import org.backroot.account.domain.Role;
import org.junit.jupiter.api.Test;

/** Every part a clinician can read and every action a clinician writes is said in plain words in the person's access log. */
class AccessLogWordsTest {

    private static String said(String action, String part) {
        return new AccessEntry(Instant.EPOCH, "Alex", Set.of(Role.CLINICIAN), action, part).description();
    }

    @Test
    void everyPartTheCareModuleReadsHasItsOwnWords() {
        for (String part : List.of(CarePersonRecord.OVERVIEW, CarePersonRecord.PROFILE, CarePersonRecord.PLAN, CarePersonRecord.SAFETY,
                CarePersonRecord.OUTCOMES, CarePersonRecord.CHECK_INS, CarePersonRecord.REPORT, CarePersonRecord.PAGE,
                CareMessages.PART, "panel", "alerts", "plan adjustments", "plan adjustments and clearances")) {
            assertThat(said(CareAccess.READ, part)).as(part).doesNotStartWith("looked at your data");
        }
    }

    @Test
    void everyActionAClinicianWritesHasItsOwnWords() {
        for (String action : List.of(CareInvitations.LINKED, CareAdjustments.ADJUSTED, CareAdjustments.CLEARED, CareAlerts.ACKNOWLEDGED,
                CareMessages.SENT)) {
            assertThat(said(action, "detail")).as(action).doesNotStartWith("did this");
        }
        assertThat(said(CareAdjustments.ADJUSTED, "plan adjustment version 2")).isEqualTo("adjusted your plan");
    }
}
