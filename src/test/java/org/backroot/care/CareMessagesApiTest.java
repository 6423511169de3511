package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A person and each clinician who holds the messages scope talk in one thread per link; nobody else sees it. */
@BackrootAppTest
class CareMessagesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ApiClient person;
    ApiClient physio;

    @BeforeEach
    void aPersonWhoSharesMessagesWithAPhysio() throws Exception {
        person = ApiClient.newPerson(mvc, "p-" + UUID.randomUUID() + "@example.org", "Robin");
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
        link(person, physio, "[\"summary\",\"messages\"]");
    }

    private static void link(ApiClient person, ApiClient clinician, String scopes) throws Exception {
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":" + scopes + "}").andExpect(status().isCreated()), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
    }

    private String threadOf(ApiClient who) throws Exception {
        return ApiClient.read(who.get("/api/v1/care/threads").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1))), "$[0].id");
    }


    private ResultActions say(ApiClient who, String thread, String text) throws Exception {
        return who.post("/api/v1/care/threads/{id}/messages", new tools.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("text", text)), thread);
    }

    @Test
    void bothSidesExchangeMessagesWithReadReceiptsAndUnreadCounts() throws Exception {
        String thread = threadOf(person);
        assertThat(threadOf(physio)).as("both sides use the same thread id").isEqualTo(thread);
        person.get("/api/v1/care/threads").andExpect(jsonPath("$[0].displayName").value("Dr Ada Physio"))
                .andExpect(jsonPath("$[0].clinicianId").value(physio.userId)).andExpect(jsonPath("$[0].unread").value(0))
                .andExpect(jsonPath("$[0].canWrite").value(true));
        physio.get("/api/v1/care/threads").andExpect(jsonPath("$[0].displayName").value("Robin"))
                .andExpect(jsonPath("$[0].personId").value(person.userId));

        say(person, thread, "  The hip drill felt easier today.\r\nShould I add a second set?  ").andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1)).andExpect(jsonPath("$.author").value("person"))
                .andExpect(jsonPath("$.text").value("The hip drill felt easier today.\nShould I add a second set?"))
                .andExpect(jsonPath("$.readAt").value(nullValue())).andExpect(jsonPath("$.warningSigns", hasSize(0)))
                .andExpect(jsonPath("$.warning").value(nullValue()));
        say(person, thread, "It was about 3/10 afterwards.").andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2));

        physio.get("/api/v1/care/threads").andExpect(jsonPath("$[0].unread").value(2)).andExpect(jsonPath("$[0].messages").value(2));
        person.get("/api/v1/care/threads").andExpect(jsonPath("$[0].unread").value(0));
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(jsonPath("$[0].readAt").value(nullValue()))
                .andExpect(jsonPath("$[0].mine").value(true));

        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].author").value("person")).andExpect(jsonPath("$[0].mine").value(false))
                .andExpect(jsonPath("$[1].text").value("It was about 3/10 afterwards."));
        physio.get("/api/v1/care/threads").andExpect(jsonPath("$[0].unread").value(0));
        String firstRead = ApiClient.read(person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(jsonPath("$[0].readAt").isNotEmpty()), "$[0].readAt");

        say(physio, thread, "Yes, add a second set if it stays at 3 or below.").andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(3)).andExpect(jsonPath("$.author").value("clinician")).andExpect(jsonPath("$.mine").value(true));
        person.get("/api/v1/care/threads").andExpect(jsonPath("$[0].unread").value(1));
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[2].author").value("clinician")).andExpect(jsonPath("$[2].mine").value(false));
        person.get("/api/v1/care/threads").andExpect(jsonPath("$[0].unread").value(0));
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(jsonPath("$[2].readAt").isNotEmpty())
                .andExpect(jsonPath("$[0].readAt").value(firstRead));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND actor_id = :a AND action = :s AND detail = :t")
                .param("u", person.userId).param("a", physio.userId).param("s", CareMessages.SENT).param("t", thread)
                .query(Integer.class).single()).as("the clinician's message is in the person's log").isEqualTo(1);
    }

    @Test
    void aClinicianOpeningAThreadIsInThePersonsAccessLog() throws Exception {
        String thread = threadOf(physio);
        assertThat(reads()).isZero();
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isOk());
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isOk());
        assertThat(reads()).as("one row for the clinician's read, none for the person's own").isEqualTo(1);
    }

    private int reads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND actor_id = :a AND action = :r AND detail = :d")
                .param("u", person.userId).param("a", physio.userId).param("r", CareAccess.READ).param("d", CareMessages.PART)
                .query(Integer.class).single();
    }

    @Test
    void withoutTheMessagesScopeOrAfterRevocationTheClinicianGets404AndThePersonReadsThePast() throws Exception {
        String thread = threadOf(person);
        say(physio, thread, "How did the walk go?").andExpect(status().isCreated());

        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\"]}", physio.userId).andExpect(status().isOk());
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isNotFound());
        say(physio, thread, "Still there?").andExpect(status().isNotFound());
        physio.get("/api/v1/care/threads").andExpect(jsonPath("$", hasSize(0)));
        person.get("/api/v1/care/threads").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].canWrite").value(false))
                .andExpect(jsonPath("$[0].unread").value(1));
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isOk()).andExpect(jsonPath("$[0].text").value("How did the walk go?"));
        say(person, thread, "It went well").andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("earlier messages stay")));

        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\",\"messages\"]}", physio.userId).andExpect(status().isOk());
        say(physio, thread, "Back again").andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2));
        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isNotFound());
        say(physio, thread, "Hello?").andExpect(status().isNotFound());
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
        assertThat(reads()).as("no read recorded for the refused requests").isZero();
    }

    @Test
    void someoneElsesThreadAnswersExactlyLikeAMissingOne() throws Exception {
        String thread = threadOf(person);
        String missingId = UUID.randomUUID().toString();
        String missing = body(person.get("/api/v1/care/threads/{id}/messages", missingId).andExpect(status().isNotFound())).replace(missingId, thread);
        ApiClient stranger = ApiClient.newPerson(mvc);
        ApiClient otherPhysio = ApiClient.newClinician(mvc, jdbc, "Dr Other");
        ApiClient linkedWithoutMessages = ApiClient.newClinician(mvc, jdbc, "Dr Summary Only");
        link(person, linkedWithoutMessages, "[\"summary\",\"diary\"]");
        for (ApiClient outsider : new ApiClient[] {stranger, otherPhysio, linkedWithoutMessages}) {
            assertThat(body(outsider.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isNotFound()))).isEqualTo(missing);
            assertThat(body(say(outsider, thread, "hello").andExpect(status().isNotFound()))).isEqualTo(missing);
            outsider.get("/api/v1/care/threads").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        }
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/care/threads/{id}/messages", thread)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_message WHERE user_id = :u").param("u", person.userId).query(Integer.class).single()).isZero();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void deletingTheClinicianAccountRemovesTheirThreadsAndMessages() throws Exception {
        String thread = threadOf(person);
        say(person, thread, "Hello").andExpect(status().isCreated());
        say(physio, thread, "Hello Robin").andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/me").header("Authorization", "Bearer " + physio.token)
                .contentType("application/json").content("{\"confirmEmail\":\"" + physio.email + "\"}")).andExpect(status().is2xxSuccessful());
        person.get("/api/v1/care/threads").andExpect(jsonPath("$", hasSize(0)));
        person.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_message WHERE user_id = :u").param("u", person.userId).query(Integer.class).single()).isZero();
    }

    @Test
    void badTextIsA400NamingText() throws Exception {
        String thread = threadOf(person);
        say(person, thread, "   ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message", containsString("empty")));
        person.post("/api/v1/care/threads/{id}/messages", "{}", thread).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        say(person, thread, "a".repeat(2001)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2000")));
        say(person, thread, "hi\u0000there").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message", containsString("control characters")));
        say(physio, thread, "\u001b[31m").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        say(person, thread, "\uD83D\uDE00".repeat(2000)).andExpect(status().isCreated());
        person.get("/api/v1/care/threads").andExpect(jsonPath("$[0].messages").value(1));
    }

    @Test
    void aPersonsMessageThatReadsLikeAWarningSignIsSentAndPointsToTheSymptomList() throws Exception {
        String thread = threadOf(person);
        say(person, thread, "Since Tuesday I can't feel the toilet paper when I wipe, and my bladder feels odd.")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.warningSigns[0]").value("a change in bladder or bowel control"))
                .andExpect(jsonPath("$.warningSigns[1]").value("numbness between your legs or around your bottom"))
                .andExpect(jsonPath("$.warning.symptomList").value("/checkin#newSymptoms"))
                .andExpect(jsonPath("$.warning.message", containsString("check-in")))
                .andExpect(jsonPath("$.warning.urgentCare", containsString("999")));
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(jsonPath("$", hasSize(1)));
        say(physio, thread, "If you get a fever, tell your GP.").andExpect(status().isCreated())
                .andExpect(jsonPath("$.warningSigns", hasSize(0))).andExpect(jsonPath("$.warning").value(nullValue()));
    }
}
