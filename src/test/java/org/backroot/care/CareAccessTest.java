package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.account.CurrentUser;
import org.backroot.care.domain.Scope;
import org.backroot.shared.NotFoundException;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The gate: a read is allowed only to a linked clinician within scope, and every allowed read is in the person's log. */
@BackrootAppTest
class CareAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareAccess access;

    @Autowired
    UserDetailsService users;

    private CurrentUser signedIn(ApiClient client) {
        return (CurrentUser) users.loadUserByUsername(client.email);
    }

    @Test
    void aLinkedClinicianReadsWithinScopeAndEachReadIsLoggedFirst() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", "Sam");
        ApiClient physio = ApiClient.newClinician(mvc, jdbc, "Dr Lee");
        ApiClient stranger = ApiClient.newClinician(mvc, jdbc, "Dr Nobody");
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\",\"diary\"]}"), "$.code");
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());

        LinkedPerson opened = access.open(signedIn(physio), person.userId, Scope.DIARY, "check-ins");
        assertThat(opened.displayName()).isEqualTo("Sam");
        assertThat(opened.shares(Scope.ADJUST)).isFalse();
        assertThat(reads(person.userId, physio.userId)).isEqualTo(1);
        assertThat(access.people(physio.userId)).extracting(LinkedPerson::personId).containsExactly(person.userId);

        assertThatThrownBy(() -> access.open(signedIn(physio), person.userId, Scope.ADJUST, "plan")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.open(signedIn(stranger), person.userId, Scope.SUMMARY, "profile")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.open(signedIn(physio), "no-such-person", Scope.SUMMARY, "profile")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.open(signedIn(person), person.userId, Scope.SUMMARY, "profile"))
                .as("a person is not their own clinician").isInstanceOf(NotFoundException.class);
        assertThat(reads(person.userId, physio.userId)).as("refused reads are not logged as reads").isEqualTo(1);

        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        assertThatThrownBy(() -> access.open(signedIn(physio), person.userId, Scope.SUMMARY, "profile")).isInstanceOf(NotFoundException.class);
        assertThat(access.people(physio.userId)).isEmpty();
    }

    private int reads(String personId, String clinicianId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND actor_id = :c AND action = 'care.read'")
                .param("u", personId).param("c", clinicianId).query(Integer.class).single();
    }
}
