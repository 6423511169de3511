package org.backroot.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint × every kind of caller: anonymous, the person, another person, a clinician linked with every
 * scope and one linked without each optional scope, an unlinked clinician, a clinician after revocation, and an admin.
 * Endpoints are discovered from the application itself, so a new one fails {@link #everyEndpointHasARule()} until its
 * rule is written here.
 *
 * <p>What is checked for each pair: who is let in (not 401/403/404) and who is not (401 anonymous, 403 wrong role, 404
 * for a clinician reading a person they may not see, exactly like a person who does not exist), and that no caller ever
 * gets a 5xx. Bodies are empty JSON objects: an allowed caller may get a 400, which is still "let in".
 */
@BackrootAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Actor {
        ANONYMOUS, PERSON, OTHER_PERSON, CLINICIAN_ALL_SCOPES, CLINICIAN_WITHOUT_DIARY, CLINICIAN_WITHOUT_ADJUST,
        CLINICIAN_WITHOUT_MESSAGES, UNLINKED_CLINICIAN, REVOKED_CLINICIAN, ADMIN;

        boolean isClinician() {
            return name().contains("CLINICIAN");
        }

        boolean hasPersonRole() {
            return this == PERSON || this == OTHER_PERSON || this == ADMIN;
        }
    }

    /** Which callers an endpoint lets in. */
    enum Door {
        /** Anyone, signed in or not (registration). */
        PUBLIC,
        /** Any signed-in account, about its own data only (the caller's id comes from the sign-in, never the URL). */
        OWN,
        /** A signed-in account with the PERSON role (their own care team). */
        PERSON_ROLE,
        /** A signed-in clinician (redeeming a code, their own panel). */
        CLINICIAN_ROLE,
        /** A clinician linked to the person named in the URL, with the summary scope. */
        LINKED_SUMMARY,
        /** ... with the diary scope. */
        LINKED_DIARY,
        /** ... with the adjust scope. */
        LINKED_ADJUST,
        /**
         * One item of the person's record named by an id of its own (an alert): a linked clinician with the summary scope
         * gets past the door (then 404 for an item that does not exist); everyone else 404.
         */
        LINKED_SUMMARY_ITEM,
        /** An admin. */
        ADMIN
    }

    /**
     * Rules by "METHOD pattern". In paths about a person ({@code /api/v1/care/people/{id}}, {@code /api/v1/care/alerts/{personId}})
     * the person's id is put in; every other id is one that does not exist.
     */
    static final Map<String, Door> RULES = new LinkedHashMap<>();

    static {
        rule(Door.PUBLIC, "POST /api/v1/accounts");
        rule(Door.ADMIN, "POST /api/v1/admin/backups", "GET /api/v1/admin/backups", "GET /api/v1/admin/clinicians",
                "GET /api/v1/admin/clinicians/{id}", "POST /api/v1/admin/clinicians", "POST /api/v1/admin/clinicians/{id}/disable",
                "POST /api/v1/admin/clinicians/{id}/enable");
        // The clinician's panel and alerts (CarePanelApiController).
        rule(Door.CLINICIAN_ROLE, "GET /api/v1/care/people");
        rule(Door.LINKED_SUMMARY, "GET /api/v1/care/people/{id}/alerts");
        rule(Door.LINKED_SUMMARY_ITEM, "POST /api/v1/care/alerts/{personId}/{alertId}/acknowledge");
        rule(Door.PERSON_ROLE, "POST /api/v1/care/invitations", "GET /api/v1/care/invitations", "DELETE /api/v1/care/invitations/{id}",
                "GET /api/v1/care/team", "GET /api/v1/care/team/{clinicianId}", "PUT /api/v1/care/team/{clinicianId}",
                "DELETE /api/v1/care/team/{clinicianId}");
        rule(Door.CLINICIAN_ROLE, "POST /api/v1/care/links");
        // A person's record as a linked clinician reads it (CarePersonApiController).
        rule(Door.LINKED_SUMMARY, "GET /api/v1/care/people/{id}", "GET /api/v1/care/people/{id}/profile", "GET /api/v1/care/people/{id}/plan",
                "GET /api/v1/care/people/{id}/safety", "GET /api/v1/care/people/{id}/outcomes", "GET /api/v1/care/people/{id}/report.pdf");
        rule(Door.LINKED_DIARY, "GET /api/v1/care/people/{id}/checkins");
        rule(Door.LINKED_ADJUST, "PUT /api/v1/care/people/{id}/plan-adjustments", "POST /api/v1/care/people/{id}/clearance");
        rule(Door.LINKED_SUMMARY, "GET /api/v1/care/people/{id}/plan-adjustments");
        // Care threads: any signed-in account lists its own; which side of which thread a caller is, is checked by the
        // service (CareMessagesApiTest: the person, a clinician with and without messages, revoked, strangers).
        rule(Door.OWN, "GET /api/v1/care/threads", "GET /api/v1/care/threads/{id}/messages", "POST /api/v1/care/threads/{id}/messages");
    }

    static void rule(Door door, String... endpoints) {
        for (String e : endpoints) RULES.put(e, door);
    }

    /** Everything else under /api is about the caller's own data. */
    static Door doorOf(String endpoint) {
        return RULES.getOrDefault(endpoint, endpoint.contains("/api/v1/care/") || endpoint.contains("/api/v1/admin/") ? null : Door.OWN);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Actor, ApiClient> callers = new LinkedHashMap<>();
    ApiClient person;

    @BeforeAll
    void everyKindOfCaller() throws Exception {
        person = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", "Matrix Person");
        callers.put(Actor.PERSON, person);
        callers.put(Actor.OTHER_PERSON, ApiClient.newPerson(mvc));
        callers.put(Actor.ADMIN, ApiClient.newAccount(mvc, jdbc, "Admin", "PERSON,ADMIN"));
        link(Actor.CLINICIAN_ALL_SCOPES, "summary", "diary", "adjust", "messages");
        link(Actor.CLINICIAN_WITHOUT_DIARY, "summary", "adjust", "messages");
        link(Actor.CLINICIAN_WITHOUT_ADJUST, "summary", "diary", "messages");
        link(Actor.CLINICIAN_WITHOUT_MESSAGES, "summary", "diary", "adjust");
        callers.put(Actor.UNLINKED_CLINICIAN, ApiClient.newClinician(mvc, jdbc, "Dr Unlinked"));
        link(Actor.REVOKED_CLINICIAN, "summary", "diary", "adjust", "messages");
        person.delete("/api/v1/care/team/{id}", callers.get(Actor.REVOKED_CLINICIAN).userId);
    }

    private void link(Actor actor, String... scopes) throws Exception {
        ApiClient clinician = ApiClient.newClinician(mvc, jdbc, "Dr " + actor.name().toLowerCase());
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}"), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}");
        callers.put(actor, clinician);
    }

    /** The endpoints of the JSON API, as "METHOD pattern". */
    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPathPatternsCondition() == null) return;
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/")) continue;
                var methods = info.getMethodsCondition().getMethods();
                for (var m : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    found.add(m.name() + " " + pattern);
                }
            }
        });
        return found;
    }

    @Test
    void everyEndpointHasARule() {
        List<String> without = endpoints().stream().filter(e -> doorOf(e) == null).toList();
        assertThat(without).as("care and admin endpoints without a rule in AuthorizationMatrixTest.RULES").isEmpty();
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(endpoints());
    }

    @Test
    void eachCallerIsLetInExactlyWhereTheirRoleLinkAndScopesAllow() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Door door = doorOf(endpoint);
            if (door == null) continue;
            for (Actor actor : door == Door.OWN ? OWN_DATA_CALLERS : EnumSet.allOf(Actor.class)) {
                int status = call(actor, endpoint);
                String expected = expected(door, actor);
                boolean ok = switch (expected) {
                    case "in" -> status != 401 && status != 403 && status != 404 && status < 500;
                    case "in-or-404" -> status != 401 && status != 403 && status < 500;
                    default -> status == Integer.parseInt(expected);
                };
                if (!ok) wrong.add(endpoint + " as " + actor + ": " + status + ", expected " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherPersonsIdAnswersExactlyLikeAMissingOne() throws Exception {
        ApiClient clinician = callers.get(Actor.CLINICIAN_ALL_SCOPES);
        ApiClient other = callers.get(Actor.OTHER_PERSON);
        for (String endpoint : endpoints()) {
            Door door = doorOf(endpoint);
            if (door != Door.LINKED_SUMMARY && door != Door.LINKED_DIARY && door != Door.LINKED_ADJUST && door != Door.LINKED_SUMMARY_ITEM) continue;
            var unlinked = send(clinician, endpoint, other.userId).andReturn().getResponse();
            var missing = send(clinician, endpoint, "00000000-0000-0000-0000-000000000000").andReturn().getResponse();
            assertThat(unlinked.getStatus()).as(endpoint).isEqualTo(404).isEqualTo(missing.getStatus());
            // The problem's "instance" echoes the path asked for, so each id is read as the placeholder it stands for.
            assertThat(unlinked.getContentAsString().replace(other.userId, "{id}")).as(endpoint)
                    .isEqualTo(missing.getContentAsString().replace("00000000-0000-0000-0000-000000000000", "{id}"));
        }
    }

    /**
     * Endpoints about the caller's own data take no one else's id, so one of each kind of account stands for all: a
     * person, a clinician, an admin, and anonymous.
     */
    static final Set<Actor> OWN_DATA_CALLERS = EnumSet.of(Actor.ANONYMOUS, Actor.PERSON, Actor.UNLINKED_CLINICIAN, Actor.ADMIN);

    private static String expected(Door door, Actor actor) {
        if (actor == Actor.ANONYMOUS) return door == Door.PUBLIC ? "in-or-404" : "401";
        return switch (door) {
            case PUBLIC, OWN -> "in-or-404";
            case PERSON_ROLE -> actor.hasPersonRole() ? "in-or-404" : "403";
            case CLINICIAN_ROLE -> actor.isClinician() ? "in-or-404" : "403";
            case ADMIN -> actor == Actor.ADMIN ? "in-or-404" : "403";
            case LINKED_SUMMARY, LINKED_DIARY, LINKED_ADJUST -> !actor.isClinician() ? "403" : linkedWith(actor, door) ? "in" : "404";
            case LINKED_SUMMARY_ITEM -> !actor.isClinician() ? "403" : linkedWith(actor, door) ? "in-or-404" : "404";
        };
    }

    private static boolean linkedWith(Actor actor, Door door) {
        Set<Actor> linked = EnumSet.of(Actor.CLINICIAN_ALL_SCOPES, Actor.CLINICIAN_WITHOUT_DIARY, Actor.CLINICIAN_WITHOUT_ADJUST,
                Actor.CLINICIAN_WITHOUT_MESSAGES);
        if (!linked.contains(actor)) return false;
        return switch (door) {
            case LINKED_DIARY -> actor != Actor.CLINICIAN_WITHOUT_DIARY;
            case LINKED_ADJUST -> actor != Actor.CLINICIAN_WITHOUT_ADJUST;
            default -> true;
        };
    }

    private int call(Actor actor, String endpoint) throws Exception {
        return send(callers.get(actor), endpoint, person.userId).andReturn().getResponse().getStatus();
    }

    private org.springframework.test.web.servlet.ResultActions send(ApiClient caller, String endpoint, String personId) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        boolean aboutAPerson = path.startsWith("/api/v1/care/people/") || path.startsWith("/api/v1/care/alerts/");
        if (aboutAPerson) path = path.replace("{id}", personId).replace("{personId}", personId);
        path = path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        if (caller != null) request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token);
        if (!method.equals("GET") && !method.equals("DELETE")) request.contentType(MediaType.APPLICATION_JSON).content("{}");
        return mvc.perform(request);
    }
}
