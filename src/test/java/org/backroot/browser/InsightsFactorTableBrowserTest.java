package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.profile.domain.Factor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The factor table on Progress: every column fits at 1280 px, its scroll area (on a phone) takes keyboard focus,
 * and the factors carry the same names on Progress and Profile as everywhere else.
 */
class InsightsFactorTableBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    InstrumentCatalog catalog;

    @Override
    protected void onFirstOpen(Browser b) throws Exception {
        String email = "factors-" + UUID.randomUUID() + "@example.org";
        HttpClient http = HttpClient.newHttpClient();
        send(http, "POST", "/api/v1/accounts", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Sam\"}", 201);
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(send(http, "POST", "/api/v1/tokens", basic, "{\"name\":\"t\"}", 201));
        assertThat(m.find()).isTrue();
        String bearer = "Bearer " + m.group(1);
        for (Factor f : Factor.values()) {
            var instrument = catalog.get(f.id());
            String answers = instrument.items().stream().map(i -> "\"" + i.linkId() + "\":" + answer(i)).collect(Collectors.joining(","));
            send(http, "POST", "/api/v1/responses", bearer, "{\"instrumentId\":\"" + f.id() + "\",\"answers\":{" + answers + "}}", 201);
        }
        b.open("/login");
        b.type("#username", email);
        b.type("#password", PASSWORD);
        b.clickAndLoad("main form button[type=submit]");
    }

    private static String answer(Item item) {
        if (!item.options().isEmpty()) {
            Object v = item.options().get(item.options().size() - 1).value();
            return v instanceof Number ? v.toString() : "\"" + v + "\"";
        }
        return String.valueOf((int) Math.round(item.max()));
    }

    private String send(HttpClient http, String method, String path, String auth, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (auth != null) request.header("Authorization", auth);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    @Test
    void theFactorTableFitsOnADesktopAndItsScrollAreaTakesFocusOnAPhone() {
        Browser b = browser();
        b.width(Browser.DESKTOP);
        b.open("/insights");
        WebElement table = b.find("#factors .table-scroll");
        assertThat((Long) b.js("return arguments[0].scrollWidth - arguments[0].clientWidth;", table))
                .as("the factor table is cut off at 1280 px").isLessThanOrEqualTo(0L);
        List<String> headers = b.driver.findElements(By.cssSelector("#factors .table-scroll thead th")).stream()
                .skip(1).map(WebElement::getText).map(t -> t.replace('\n', ' ')).toList();
        assertThat(headers).containsExactlyElementsOf(Arrays.stream(Factor.values()).map(Factor::label).toList());
        b.screenshots("progress-factor-table");

        b.width(Browser.PHONE);
        b.open("/insights");
        assertThat(b.find("#factors .table-scroll").getAttribute("tabindex")).isEqualTo("0");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /insights with factor checks").isEmpty();

        b.open("/profile");
        List<String> onProfile = b.driver.findElements(By.cssSelector(".factor-bar__label")).stream().map(WebElement::getText).toList();
        assertThat(onProfile).containsExactlyElementsOf(headers);
    }
}
