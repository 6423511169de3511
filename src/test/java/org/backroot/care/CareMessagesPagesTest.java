package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The person's message pages: the stable address, times in their own zone, the note beside the box, the warning. */
@BackrootAppTest
class CareMessagesPagesTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie session;
    String personId;
    ApiClient physio;

    @BeforeEach
    void aPersonInAucklandWhoSharesMessagesWithAPhysio() throws Exception {
        String email = "talk-" + UUID.randomUUID() + "@example.org";
        session = mvc.perform(post("/register").with(csrf()).param("email", email).param("password", "a long enough password")
                .param("displayName", "Robin")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        personId = jdbc.sql("SELECT id FROM app_user WHERE email = :e").param("e", email).query(String.class).single();
        jdbc.sql("UPDATE app_user SET time_zone = :z WHERE id = :id").param("z", AUCKLAND.getId()).param("id", personId).update();
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
        jdbc.sql("INSERT INTO care_link (user_id, clinician_id, scopes, since) VALUES (:p, :c, 'summary,messages', '2026-12-01T09:00:00.000Z')")
                .param("p", personId).param("c", physio.userId).update();
    }

    private String openThread() throws Exception {
        String location = mvc.perform(get("/care-team/messages/with/{id}", physio.userId).cookie(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/care-team/messages/");
        return location.substring("/care-team/messages/".length());
    }

    @Test
    void theStableAddressOpensTheThreadAndTimesReadInThePersonsZone() throws Exception {
        String thread = openThread();
        assertThat(openThread()).as("the same thread every time").isEqualTo(thread);
        String sentAt = ApiClient.read(physio.post("/api/v1/care/threads/{id}/messages", "{\"text\":\"How did the walk go?\"}", thread), "$.sentAt");
        String local = LocalDateTime.ofInstant(Instant.parse(sentAt), AUCKLAND).format(DateTimeFormatter.ofPattern("d MMMM, HH:mm", Locale.ENGLISH));
        mvc.perform(get("/care-team/messages/{id}", thread).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("How did the walk go?")))
                .andExpect(content().string(containsString("datetime=\"" + sentAt + "\">" + local + "</time>")))
                .andExpect(content().string(containsString("data-testid=\"urgent-note\"")))
                .andExpect(content().string(containsString("href=\"/checkin#newSymptoms\"")))
                .andExpect(content().string(containsString("href=\"tel:999\"")));
        mvc.perform(get("/care-team/messages").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/care-team/messages/" + thread + "\"")));
        mvc.perform(get("/care-team").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/care-team/messages/with/" + physio.userId + "\"")))
                .andExpect(content().string(containsString("href=\"/care-team/messages\"")));
    }

    @Test
    void anEmptyMessageIsRefusedInlineAndAWarningSignMessageIsSentWithThePointer() throws Exception {
        String thread = openThread();
        mvc.perform(post("/care-team/messages/{id}", thread).cookie(session).with(csrf()).param("text", "  "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Your message: must not be empty.")));
        mvc.perform(post("/care-team/messages/{id}", thread).cookie(session).with(csrf()).param("text", "Thanks, the walk was fine."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/care-team/messages/" + thread + "#message-1"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(post("/care-team/messages/{id}", thread).cookie(session).with(csrf()).param("text", "I had a fever and chills last night."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/care-team/messages/" + thread + "#warning"))
                .andExpect(flash().attribute("warningSigns", List.of("a fever or chills")));
        mvc.perform(get("/care-team/messages/{id}", thread).cookie(session).flashAttr("sent", true).flashAttr("warningSigns", List.of("a fever or chills")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"warning-sign\"")))
                .andExpect(content().string(containsString("Your message mentions: a fever or chills.")))
                .andExpect(content().string(containsString("data-testid=\"warning-symptom-list\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_message WHERE user_id = :u").param("u", personId).query(Integer.class).single())
                .as("both messages were sent").isEqualTo(2);
    }

    @Test
    void afterTheScopeIsGoneThePersonReadsThePastPlainlyAndCannotWrite() throws Exception {
        String thread = openThread();
        physio.post("/api/v1/care/threads/{id}/messages", "{\"text\":\"See you on Monday.\"}", thread);
        jdbc.sql("UPDATE care_link SET scopes = 'summary' WHERE user_id = :p").param("p", personId).update();
        mvc.perform(get("/care-team/messages/{id}", thread).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("See you on Monday.")))
                .andExpect(content().string(containsString("Dr Ada Physio no longer takes messages from you here")))
                .andExpect(content().string(not(containsString("data-testid=\"message-form\""))));
        mvc.perform(get("/care-team/messages/with/{id}", physio.userId).cookie(session))
                .andExpect(redirectedUrl("/care-team")).andExpect(flash().attribute("noMessages", true));
        physio.get("/api/v1/care/threads/{id}/messages", thread).andExpect(status().isNotFound());
    }

    @Test
    void someoneElsesThreadIsNotFound() throws Exception {
        String thread = openThread();
        Cookie other = mvc.perform(post("/register").with(csrf()).param("email", "other-" + UUID.randomUUID() + "@example.org")
                .param("password", "a long enough password").param("displayName", "Sam")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/care-team/messages/{id}", thread).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post("/care-team/messages/{id}", thread).cookie(other).with(csrf()).param("text", "hello")).andExpect(status().isNotFound());
        mvc.perform(get("/care-team/messages/with/{id}", physio.userId).cookie(other)).andExpect(redirectedUrl("/care-team"));
        mvc.perform(get("/care-team").cookie(other)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Dr Ada Physio"))));
    }
}
