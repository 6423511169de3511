package org.backroot.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The care pages answer by role and link as the API does: every page under {@code /care}, {@code /care-team} and the
 * admin's clinician page, discovered from the application, opened by anonymous, the person, another person, clinicians
 * linked with and without the adjust scope, an unlinked and a revoked clinician, and an admin (each signed in with the
 * login form). Anonymous goes to the login page, a wrong role gets 403, a clinician without the link or scope 404.
 */
@BackrootAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuthorizationMatrixTest {

    enum Actor {
        ANONYMOUS, PERSON, OTHER_PERSON, CLINICIAN_ALL_SCOPES, CLINICIAN_WITHOUT_ADJUST, UNLINKED_CLINICIAN, REVOKED_CLINICIAN, ADMIN;

        boolean isClinician() {
            return name().contains("CLINICIAN");
        }

        boolean hasPersonRole() {
            return this == PERSON || this == OTHER_PERSON || this == ADMIN;
        }
    }

    enum Door { PERSON_ROLE, CLINICIAN_ROLE, LINKED_SUMMARY, LINKED_ADJUST, ADMIN }

    static final Map<String, Door> RULES = new LinkedHashMap<>();

    static {
        rule(Door.PERSON_ROLE, "/care-team", "/care-team/invite", "/care-team/messages", "/care-team/messages/with/{clinicianId}",
                "/care-team/messages/{threadId}", "/care-team/{clinicianId}/scopes", "/care-team/{clinicianId}/remove",
                "/care-team/invitations/{id}/withdraw");
        rule(Door.CLINICIAN_ROLE, "/care/people", "/care/link", "/care/messages", "/care/messages/{threadId}");
        rule(Door.LINKED_SUMMARY, "/care/people/{id}", "/care/people/{id}/report.pdf");
        rule(Door.LINKED_ADJUST, "/care/people/{id}/adjust");
        rule(Door.ADMIN, "/settings/clinicians");
    }

    static void rule(Door door, String... pages) {
        for (String p : pages) RULES.put(p, door);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Actor, Cookie> sessions = new LinkedHashMap<>();
    ApiClient person;
    ApiClient other;

    @BeforeAll
    void everyKindOfCaller() throws Exception {
        person = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", "Page Person");
        other = ApiClient.newPerson(mvc);
        sessions.put(Actor.PERSON, signIn(person));
        sessions.put(Actor.OTHER_PERSON, signIn(other));
        sessions.put(Actor.ADMIN, signIn(ApiClient.newAccount(mvc, jdbc, "Admin", "PERSON,ADMIN")));
        sessions.put(Actor.CLINICIAN_ALL_SCOPES, signIn(linked("summary", "diary", "adjust", "messages")));
        sessions.put(Actor.CLINICIAN_WITHOUT_ADJUST, signIn(linked("summary", "diary", "messages")));
        sessions.put(Actor.UNLINKED_CLINICIAN, signIn(ApiClient.newClinician(mvc, jdbc, "Dr Unlinked")));
        ApiClient revoked = linked("summary", "diary", "adjust", "messages");
        sessions.put(Actor.REVOKED_CLINICIAN, signIn(revoked));
        person.delete("/api/v1/care/team/{id}", revoked.userId);
    }

    private ApiClient linked(String... scopes) throws Exception {
        ApiClient clinician = ApiClient.newClinician(mvc, jdbc, "Dr Linked");
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}"), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}");
        return clinician;
    }

    private Cookie signIn(ApiClient who) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", who.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private Set<String> carePages() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPathPatternsCondition() == null) return;
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) return;
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.equals("/care") || pattern.startsWith("/care/") || pattern.startsWith("/care-team")
                        || pattern.startsWith("/settings/clinicians")) found.add(pattern);
            }
        });
        return found;
    }

    @Test
    void everyCarePageHasARule() {
        assertThat(carePages()).as("care pages without a rule in PageAuthorizationMatrixTest.RULES").isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for pages that no longer exist").isSubsetOf(carePages());
    }

    @Test
    void eachCallerOpensExactlyThePagesTheirRoleLinkAndScopesAllow() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String page : carePages()) {
            Door door = RULES.get(page);
            if (door == null) continue;
            for (Actor actor : EnumSet.allOf(Actor.class)) {
                var response = open(actor, page, person.userId);
                int status = response.getStatus();
                String expected = expected(door, actor, page);
                boolean ok = switch (expected) {
                    case "login" -> status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
                    case "in" -> status == 200;
                    case "in-or-404" -> status == 200 || status == 302 || status == 404;
                    default -> status == Integer.parseInt(expected);
                };
                if (!ok) wrong.add(page + " as " + actor + ": " + status + " " + response.getRedirectedUrl() + ", expected " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aClinicianOpensAnotherPersonsPageLikeAMissingOne() throws Exception {
        for (String page : List.of("/care/people/{id}", "/care/people/{id}/adjust")) {
            var unlinked = open(Actor.CLINICIAN_ALL_SCOPES, page, other.userId);
            var missing = open(Actor.CLINICIAN_ALL_SCOPES, page, "00000000-0000-0000-0000-000000000000");
            assertThat(unlinked.getStatus()).as(page).isEqualTo(404).isEqualTo(missing.getStatus());
            assertThat(unlinked.getContentAsString()).as(page).doesNotContain(other.email, "Page Person");
        }
    }

    private static String expected(Door door, Actor actor, String page) {
        if (actor == Actor.ANONYMOUS) return "login";
        boolean namesAThing = page.contains("{") && !page.startsWith("/care/people/{id}");
        String in = namesAThing ? "in-or-404" : "in";
        return switch (door) {
            case PERSON_ROLE -> actor.hasPersonRole() ? in : "403";
            case CLINICIAN_ROLE -> actor.isClinician() ? in : "403";
            case ADMIN -> actor == Actor.ADMIN ? in : "403";
            case LINKED_SUMMARY -> !actor.isClinician() ? "403"
                    : actor == Actor.CLINICIAN_ALL_SCOPES || actor == Actor.CLINICIAN_WITHOUT_ADJUST ? in : "404";
            case LINKED_ADJUST -> !actor.isClinician() ? "403" : actor == Actor.CLINICIAN_ALL_SCOPES ? in : "404";
        };
    }

    private org.springframework.mock.web.MockHttpServletResponse open(Actor actor, String page, String personId) throws Exception {
        String path = page.replace("/care/people/{id}", "/care/people/" + personId).replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
        var request = get(path);
        if (actor != Actor.ANONYMOUS) request.cookie(sessions.get(actor));
        return mvc.perform(request).andReturn().getResponse();
    }
}
