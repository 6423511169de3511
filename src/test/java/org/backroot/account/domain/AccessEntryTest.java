package org.backroot.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class AccessEntryTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static AccessEntry entry(Set<Role> roles, String action, String part) {
        return new AccessEntry(AT, "Alex", roles, action, part);
    }

    @Test
    void aClinicianReadSaysWhichPartInPlainWords() {
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", "checkins").description()).isEqualTo("read your daily check-ins");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", "check-ins").description()).isEqualTo("read your daily check-ins");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", "report.pdf").description()).isEqualTo("made a summary report (PDF) of your data");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", "Safety").description()).isEqualTo("looked at your safety answers");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", "exposure-ladder").description()).isEqualTo("looked at your data: exposure ladder");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.read", null).description()).isEqualTo("looked at your data");
    }

    @Test
    void careTeamEventsHaveTheirOwnWords() {
        assertThat(entry(Set.of(Role.CLINICIAN), "care.linked", null).description()).isEqualTo("joined your care team");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.linked", "summary,diary").description())
                .isEqualTo("joined your care team (shared: summary, diary)");
        assertThat(entry(Set.of(Role.CLINICIAN), "care.revoked", "").description()).isEqualTo("left your care team");
        assertThat(entry(Set.of(Role.PERSON), "care.scopes", "summary,diary").description()).isEqualTo("changed what is shared (now: summary, diary)");
    }

    @Test
    void theRoleShownIsTheMostTellingOne() {
        assertThat(entry(Set.of(Role.CLINICIAN, Role.PERSON), "care.read", "plan").role()).isEqualTo("clinician");
        assertThat(entry(Set.of(Role.ADMIN, Role.PERSON), "clinician-disabled", null).role()).isEqualTo("administrator");
        assertThat(entry(Set.of(Role.PERSON), "x", null).role()).isEqualTo("person");
    }

    @Test
    void aDeletedActorIsNamedAsSuch() {
        AccessEntry gone = new AccessEntry(AT, null, null, "care.read", "plan");
        assertThat(gone.who()).isEqualTo("An account that has since been deleted");
        assertThat(gone.role()).isEmpty();
    }

    @Test
    void anEntryNeedsATimeAndAnAction() {
        assertThatThrownBy(() -> new AccessEntry(null, "A", Set.of(), "care.read", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessEntry(AT, "A", Set.of(), " ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyActionIsDescribedAndNeverBlank(@ForAll String action, @ForAll String part) {
        if (action.isBlank()) return;
        assertThat(entry(Set.of(Role.CLINICIAN), action, part).description()).isNotBlank();
    }
}
