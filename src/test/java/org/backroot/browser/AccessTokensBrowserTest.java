package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * A person creates an access token on the settings page, reads it once on the page, and an app uses it on the API;
 * opening the page again never shows it.
 */
class AccessTokensBrowserTest extends BrowserTestSupport {

    private final String email = "tokens-" + UUID.randomUUID() + "@example.org";

    @Override
    protected void onFirstOpen(Browser b) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Robin\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        b.open("/login");
        b.type("#username", email);
        b.type("#password", ApiClient.PASSWORD);
        b.clickAndLoad("main form button[type=submit]");
    }

    @Test
    void aTokenCreatedOnThePageIsShownOnceAndOpensTheApi() throws Exception {
        Browser b = browser();
        b.open("/settings/tokens");
        b.type("#name", "my phone");
        b.clickAndLoad("main form.card button[type=submit]");

        String token = b.find("[data-testid=new-token]").getText().strip();
        assertThat(token).startsWith("brt_");
        assertThat(b.find("main").getText()).contains("my phone");

        HttpResponse<String> me = send("GET", "/api/v1/me", "Bearer " + token, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(email);

        b.open("/settings/tokens");
        assertThat(b.find("main").getText()).contains("my phone").doesNotContain(token);
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /settings/tokens").isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (auth != null) request.header("Authorization", auth);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
