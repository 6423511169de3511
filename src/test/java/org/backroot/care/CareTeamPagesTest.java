package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import jakarta.servlet.http.Cookie;

/**
 * The person's care-team pages and the clinician's code page: invite with chosen scopes, see the code once (text,
 * link, QR), the clinician redeems it, the person changes scopes and removes the clinician.
 */
@BackrootAppTest
class CareTeamPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareAccess access;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    ApiClient person;
    ApiClient physio;
    Cookie personSession;
    Cookie physioSession;

    @BeforeEach
    void aPersonAndAPhysioSignedIn() throws Exception {
        person = ApiClient.newPerson(mvc, "team-" + UUID.randomUUID() + "@example.org", "Sam");
        physio = ApiClient.newClinician(mvc, jdbc, "Alex Morgan, physio");
        personSession = signIn(person.email);
        physioSession = signIn(physio.email);
    }

    private Cookie signIn(String email) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
    }

    /** Invites through the form and answers the code the page showed once. */
    private String inviteThroughThePage(String... scopes) throws Exception {
        var invite = post("/care-team/invite").cookie(personSession).with(csrf()).param("expiresInDays", "5");
        for (String s : scopes) invite.param("scopes", s);
        var flash = mvc.perform(invite).andExpect(redirectedUrl("/care-team")).andReturn().getFlashMap();
        String code = (String) flash.get("newCode");
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(sessionsHold(code)).as("the flash keeps the code in the session until the redirect is followed").isTrue();
        mvc.perform(get("/care-team").cookie(personSession)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("data-testid=\"invitation-code\">" + code + "<")))
                .andExpect(content().string(containsString("href=\"/care/link?code=" + code + "\"")))
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"")))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(sessionsHold(code)).as("the session forgot the code once the page showed it").isFalse();
        return code;
    }

    private boolean sessionsHold(String code) {
        return jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES").query(byte[].class).list().stream()
                .anyMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(code));
    }

    private ResultActions redeemThroughThePage(String code) throws Exception {
        return mvc.perform(post("/care/link").cookie(physioSession).with(csrf()).param("code", code));
    }

    @Test
    void thePageInvitesAndShowsTheCodeOnceAsTextLinkAndQr() throws Exception {
        mvc.perform(get("/care-team").cookie(personSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"team-empty\"")))
                .andExpect(content().string(containsString("href=\"/care-team/invite\"")));
        mvc.perform(get("/care-team/invite").cookie(personSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"summary\" id=\"scope-summary\" checked")))
                .andExpect(content().string(containsString("Adjust your plan")))
                .andExpect(content().string(not(containsString("??"))));

        String code = inviteThroughThePage("summary", "diary");

        mvc.perform(get("/care-team").cookie(personSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))))
                .andExpect(content().string(containsString("data-testid=\"pending\"")));
        String compact = code.replace("-", "");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_invitation WHERE code_hash LIKE :c").param("c", "%" + compact + "%")
                .query(Integer.class).single()).as("only the hash is stored").isZero();
    }

    @Test
    void badInvitationChoicesAreExplainedNextToTheirFieldsWithA400() throws Exception {
        mvc.perform(post("/care-team/invite").cookie(personSession).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"scopes-error\"")));
        mvc.perform(post("/care-team/invite").cookie(personSession).with(csrf()).param("scopes", "diary"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("summary")))
                .andExpect(content().string(containsString("value=\"diary\" id=\"scope-diary\" checked")));
        mvc.perform(post("/care-team/invite").cookie(personSession).with(csrf()).param("scopes", "summary").param("expiresInDays", "99"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"expiresInDays-error\"")));
        mvc.perform(post("/care-team/invite").cookie(personSession).with(csrf()).param("scopes", "summary").param("expiresInDays", "soon"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("whole number")));
        person.get("/api/v1/care/invitations").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theClinicianOpensTheLinkWithTheCodeFilledInAndSeesTheNewPerson() throws Exception {
        String code = inviteThroughThePage("summary", "diary");
        mvc.perform(get("/care/link").param("code", code).cookie(physioSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")))
                .andExpect(content().string(not(containsString("??"))));

        var flash = redeemThroughThePage(code).andExpect(redirectedUrl("/care/link"))
                .andExpect(flash().attribute("linkedName", "Sam")).andReturn().getFlashMap();
        mvc.perform(get("/care/link").cookie(physioSession).flashAttrs(flash)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam is now in your care")))
                .andExpect(content().string(containsString("They share: summary, diary.")))
                .andExpect(content().string(containsString("href=\"/care/people/" + person.userId + "\"")));

        redeemThroughThePage(code).andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"code-error\"")));
        redeemThroughThePage("nonsense").andExpect(status().isBadRequest()).andExpect(content().string(containsString("like K7QFM-2XDRB")));
        person.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries[0].description").value("joined your care team (shared: summary, diary)"));
    }

    @Test
    void thePersonSeesTheTeamChangesWhatOneSeesAndRemovesThem() throws Exception {
        redeemThroughThePage(inviteThroughThePage("summary", "diary", "adjust")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/care-team").cookie(personSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alex Morgan, physio")))
                .andExpect(content().string(containsString("Sees: summary, diary, may adjust your plan")))
                .andExpect(content().string(containsString("In your team since")));

        mvc.perform(post("/care-team/{id}/scopes", physio.userId).cookie(personSession).with(csrf()).param("scopes", "summary", "messages"))
                .andExpect(redirectedUrl("/care-team")).andExpect(flash().attribute("saved", "Alex Morgan, physio"));
        person.get("/api/v1/care/team").andExpect(jsonPath("$[0].scopes").value(org.hamcrest.Matchers.contains("summary", "messages")));

        mvc.perform(post("/care-team/{id}/scopes", physio.userId).cookie(personSession).with(csrf()).param("scopes", "diary"))
                .andExpect(flash().attribute("scopeErrorFor", physio.userId));
        person.get("/api/v1/care/team").andExpect(jsonPath("$[0].scopes").value(org.hamcrest.Matchers.contains("summary", "messages")));

        mvc.perform(post("/care-team/{id}/remove", physio.userId).cookie(personSession).with(csrf()))
                .andExpect(redirectedUrl("/care-team")).andExpect(flash().attribute("removed", "Alex Morgan, physio"));
        person.get("/api/v1/care/team").andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/care-team/{id}/remove", physio.userId).cookie(personSession).with(csrf())).andExpect(flash().attribute("missing", true));
    }

    @Test
    void aClinicianReadThroughTheGateIsInThePersonsAccessLogAndNowhereElse() throws Exception {
        redeemThroughThePage(inviteThroughThePage("summary", "diary")).andExpect(status().is3xxRedirection());
        var signedIn = (org.backroot.account.CurrentUser) users.loadUserByUsername(physio.email);
        access.open(signedIn, person.userId, org.backroot.care.domain.Scope.DIARY, "check-ins");

        person.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries[0].who.displayName").value("Alex Morgan, physio"))
                .andExpect(jsonPath("$.entries[0].who.role").value("clinician"))
                .andExpect(jsonPath("$.entries[0].description").value("read your daily check-ins"));
        mvc.perform(get("/settings/access-log").cookie(personSession)).andExpect(content().string(containsString("read your daily check-ins")));
        ApiClient other = ApiClient.newPerson(mvc);
        other.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries.length()").value(0));
        physio.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void anotherPersonCannotChangeOrRemoveSomeoneElsesClinician() throws Exception {
        redeemThroughThePage(inviteThroughThePage("summary")).andExpect(status().is3xxRedirection());
        ApiClient other = ApiClient.newPerson(mvc);
        Cookie otherSession = signIn(other.email);
        mvc.perform(post("/care-team/{id}/remove", physio.userId).cookie(otherSession).with(csrf())).andExpect(flash().attribute("missing", true));
        mvc.perform(post("/care-team/{id}/scopes", physio.userId).cookie(otherSession).with(csrf()).param("scopes", "summary", "diary"))
                .andExpect(flash().attribute("missing", true));
        person.get("/api/v1/care/team").andExpect(jsonPath("$[0].scopes").value(org.hamcrest.Matchers.contains("summary")));
    }

    @Test
    void eachSideHasOnlyItsOwnPages() throws Exception {
        mvc.perform(get("/care-team").cookie(physioSession)).andExpect(status().isForbidden());
        mvc.perform(post("/care-team/invite").cookie(physioSession).with(csrf()).param("scopes", "summary")).andExpect(status().isForbidden());
        mvc.perform(get("/care/link").cookie(personSession)).andExpect(status().isForbidden());
        mvc.perform(get("/settings/account").cookie(personSession)).andExpect(content().string(containsString("href=\"/care-team\"")));
        mvc.perform(get("/settings/account").cookie(physioSession)).andExpect(content().string(not(containsString("href=\"/care-team\""))));
    }
}
