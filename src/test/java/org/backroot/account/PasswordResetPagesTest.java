package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * "Forgot your password?" once mail is configured: a single-use link that expires after an hour, built from
 * backroot.base-url (never the Host header), the same answer whether or not the email has an account, throttled, and
 * a new password that ends every session and token. Mail goes to a test double that keeps the messages.
 */
@BackrootAppTest
@TestPropertySource(properties = {"spring.mail.host=mail.test", "backroot.base-url=https://backroot.example.org"})
@Import({PinnedClock.Config.class, PasswordResetPagesTest.Mail.class})
class PasswordResetPagesTest {

    static final String NEW_PASSWORD = "lanterns over quiet harbours";
    private static final Pattern LINK = Pattern.compile("https://backroot\\.example\\.org/password/reset/([A-Za-z0-9_-]{43})");

    /** A mail sender that sends nothing and keeps every message. */
    static class CapturingMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Mail {
        @Bean
        CapturingMailSender capturingMailSender() {
            return new CapturingMailSender();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PinnedClock clock;

    @Autowired
    CapturingMailSender mail;

    @Autowired
    JdbcClient jdbc;

    Instant now;
    String address;
    ApiClient person;

    @BeforeEach
    void aPersonAndAnAddressOfTheirOwn() throws Exception {
        now = Instant.parse("2026-12-02T08:00:00Z");
        clock.set(now);
        address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        person = ApiClient.newPerson(mvc, "reset-" + UUID.randomUUID() + "@example.org", "Sam");
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            r.setServerName("evil.example");
            return r;
        });
    }

    private ResultActions ask(String email) throws Exception {
        return mvc.perform(from(post("/password/forgot")).with(csrf()).param("email", email));
    }

    private List<SimpleMailMessage> mailTo(String email) {
        return mail.sent.stream().filter(m -> List.of(m.getTo()).contains(email)).toList();
    }

    private String linkToken(SimpleMailMessage message) {
        Matcher m = LINK.matcher(message.getText());
        assertThat(m.find()).as("the email holds a link under backroot.base-url: %s", message.getText()).isTrue();
        return m.group(1);
    }

    private String location(ResultActions result) {
        return result.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private ResultActions tokenFor(String password) throws Exception {
        return mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(person.email, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"));
    }

    @Test
    void theLoginPageOffersIt() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/password/forgot\"")))
                .andExpect(content().string(not(containsString("data-testid=\"ask-admin\""))));
        mvc.perform(get("/password/forgot")).andExpect(status().isOk()).andExpect(content().string(containsString("Send me a link")));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheEmailHasAnAccount() throws Exception {
        String known = location(ask(person.email).andExpect(status().is3xxRedirection()));
        String unknown = location(ask("nobody-" + UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection()));
        assertThat(known).isEqualTo(unknown).endsWith("/password/forgot/sent");
        mvc.perform(get("/password/forgot/sent")).andExpect(status().isOk())
                .andExpect(content().string(containsString("If an account has that email, a link is on its way")));
        assertThat(mailTo(person.email)).hasSize(1);
        SimpleMailMessage message = mailTo(person.email).get(0);
        assertThat(message.getSubject()).isEqualTo("Set a new Backroot password");
        assertThat(message.getText()).startsWith("Hello Sam,").contains("within the next hour").doesNotContain("evil.example");
        assertThat(message.getFrom()).isEqualTo("backroot@backroot.example.org");
        ask("not an email").andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"email-error\"")));
    }

    @Test
    void onlyAHashOfTheLinkIsStored() throws Exception {
        ask(person.email);
        String token = linkToken(mailTo(person.email).get(0));
        List<String> stored = jdbc.sql("SELECT token_hash FROM password_reset WHERE user_id = :u").param("u", person.userId).query(String.class).list();
        assertThat(stored).containsExactly(AccessTokenService.hash(token)).doesNotContain(token);
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySessionAndToken() throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/settings/account").cookie(session)).andExpect(status().isOk());
        ask(person.email);
        String token = linkToken(mailTo(person.email).get(0));

        mvc.perform(get("/password/reset/" + token)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"newPassword\"")));
        mvc.perform(post("/password/reset/" + token).with(csrf()).param("newPassword", "password123"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"newPassword-error\"")));
        assertThat(location(mvc.perform(post("/password/reset/" + token).with(csrf()).param("newPassword", NEW_PASSWORD))))
                .endsWith("/login?reset");

        mvc.perform(get("/login").param("reset", "")).andExpect(content().string(containsString("data-testid=\"password-reset-done\"")));
        assertThat(location(mvc.perform(get("/settings/account").cookie(session)))).endsWith("/login");
        person.get("/api/v1/me").andExpect(status().isUnauthorized());
        tokenFor(ApiClient.PASSWORD).andExpect(status().isUnauthorized());
        tokenFor(NEW_PASSWORD).andExpect(status().isCreated());

        // Used once: the same link no longer works.
        mvc.perform(get("/password/reset/" + token)).andExpect(status().isGone()).andExpect(content().string(containsString("data-testid=\"reset-gone\"")));
        mvc.perform(post("/password/reset/" + token).with(csrf()).param("newPassword", "another long phrase of words"))
                .andExpect(status().isGone());
        tokenFor(NEW_PASSWORD).andExpect(status().isCreated());
    }

    @Test
    void theLinkExpiresAfterAnHour() throws Exception {
        ask(person.email);
        String token = linkToken(mailTo(person.email).get(0));
        clock.set(now.plus(Duration.ofMinutes(59)));
        mvc.perform(get("/password/reset/" + token)).andExpect(status().isOk());
        clock.set(now.plus(Duration.ofMinutes(60)));
        mvc.perform(get("/password/reset/" + token)).andExpect(status().isGone());
        mvc.perform(post("/password/reset/" + token).with(csrf()).param("newPassword", NEW_PASSWORD)).andExpect(status().isGone());
        tokenFor(ApiClient.PASSWORD).andExpect(status().isCreated());
    }

    @Test
    void aMadeUpLinkIsGone() throws Exception {
        mvc.perform(get("/password/reset/" + "A".repeat(43))).andExpect(status().isGone());
        mvc.perform(get("/password/reset/short")).andExpect(status().isGone());
    }

    @Test
    void askingAgainAndAgainIsSlowedDownWithoutSayingWhetherTheAccountExists() throws Exception {
        for (int i = 0; i < 3; i++) ask(person.email).andExpect(status().is3xxRedirection());
        ask(person.email).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("Please wait 1 minute")));
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 3; i++) ask(nobody).andExpect(status().is3xxRedirection());
        ask(nobody).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"));
        assertThat(mailTo(person.email)).hasSize(3);
        clock.set(now.plus(Duration.ofMinutes(1)));
        ask(person.email).andExpect(status().is3xxRedirection());
        assertThat(mailTo(person.email)).hasSize(4);
    }
}
