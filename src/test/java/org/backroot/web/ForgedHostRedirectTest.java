package org.backroot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server (Tomcat) with a forged Host header: the redirect stays on this site. Same configuration as the
 * browser tests, so it shares their running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"backroot.data-dir=target/test-data/browser-${random.uuid}", "spring.main.banner-mode=off"})
class ForgedHostRedirectTest {

    @LocalServerPort
    int port;

    @Test
    void aRedirectToSignInIsAPathWhateverHostTheRequestClaims() throws Exception {
        String response = raw("GET /today HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(locationOf(response)).isEqualTo("/login");
    }

    @Test
    void aHostHeaderWithAPortIsNotTrustedEither() throws Exception {
        String response = raw("GET /settings/time-zone HTTP/1.1\r\nHost: evil.example:9999\r\nConnection: close\r\n\r\n");

        assertThat(locationOf(response)).doesNotContain("evil").startsWith("/");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String locationOf(String response) {
        return response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).map(l -> l.substring(9).strip())
                .findFirst().orElse("(none)");
    }
}
