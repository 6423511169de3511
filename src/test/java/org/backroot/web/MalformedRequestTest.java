package org.backroot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.backroot.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that break HTTP or URL rules, sent as raw bytes to the real server (Tomcat), since MockMvc never
 * parses a request line: the API answers problem+json 4xx, pages the calm error page; never Tomcat's own page, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "backroot.data-dir=target/test-data/app-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
class MalformedRequestTest {

    @LocalServerPort
    int port;

    static String token;

    record Answer(int status, String head, String body) {
        String contentType() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) return line.substring(13).trim();
            }
            return "";
        }

        boolean isProblem() {
            return contentType().startsWith("application/problem+json") && body.contains("\"status\":" + status);
        }

        boolean isOurPage() {
            return contentType().startsWith("text/html") && body.contains("Backroot") && !body.contains("Apache Tomcat");
        }
    }

    private String token() throws IOException {
        if (token != null) return token;
        String email = "raw-" + System.nanoTime() + "@example.org";
        String json = "{\"email\":\"" + email + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Raw\"}";
        Answer created = send(("POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + json.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        String body = "{\"name\":\"raw\"}";
        Answer issued = send(("POST /api/v1/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ApiClient.basic(email, ApiClient.PASSWORD)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8));
        token = com.jayway.jsonpath.JsonPath.read(issued.body(), "$.token");
        return token;
    }

    private Answer get(String target, String extraHeaders) throws IOException {
        return send(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private Answer apiGet(String target) throws IOException {
        return get(target, "Authorization: Bearer " + token() + "\r\n");
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) body = dechunk(body);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int eol = chunked.indexOf("\r\n", at);
            if (eol < 0) break;
            int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) break;
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            out.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
        return out.toString();
    }

    @Test
    void invalidUtf8InAnApiQueryParameterIsAProblem400() throws IOException {
        Answer a = apiGet("/api/v1/checkins?from=%C3%28%FF");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void invalidUtf8InAPageQueryParameterIsTheErrorPage() throws IOException {
        Answer a = get("/login?error=%C3%28%FF", "Accept: text/html\r\n");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.isOurPage()).as(a.toString()).isTrue();
    }

    @Test
    void aControlCharacterInAnApiQueryParameterIsA400NamingIt() throws IOException {
        Answer a = apiGet("/api/v1/checkins?from=2026-11%01-01");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
        assertThat(a.body()).contains("\"field\":\"from\"");
    }

    @Test
    void aControlCharacterInAFormFieldIsTheErrorPageNamingIt() throws IOException {
        String body = "username=a%00b&password=x";
        Answer a = send(("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.isOurPage()).as(a.toString()).isTrue();
        assertThat(a.body()).contains("username");
    }

    @Test
    void multipartBodyOnAnApiPutIs415() throws IOException {
        String body = "--x\r\nContent-Disposition: form-data; name=\"pain\"\r\n\r\n3\r\n--x--\r\n";
        Answer a = send(("PUT /api/v1/checkins/2026-12-01 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(415);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void multipartBodyOnAFormPostIs415WithTheErrorPage() throws IOException {
        String body = "--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\na@b.c\r\n--x--\r\n";
        Answer a = send(("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(415);
        assertThat(a.isOurPage()).as(a.toString()).isTrue();
    }

    @Test
    void encodedNulInAnApiPathIsAProblem400() throws IOException {
        Answer a = apiGet("/api/v1/checkins/2026%00-12-01");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void encodedSlashInAnApiPathIsAProblem4xx() throws IOException {
        Answer a = apiGet("/api/v1/checkins/2026%2F12%2F01");
        assertThat(a.status()).as(a.toString()).isBetween(400, 499);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void encodedDotSegmentsInAnApiPathAreAProblem4xx() throws IOException {
        Answer a = apiGet("/api/v1/%2e%2e/%2e%2e/actuator/health");
        assertThat(a.status()).as(a.toString()).isBetween(400, 499);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void invalidUtf8InAnApiPathIsAProblem400() throws IOException {
        Answer a = apiGet("/api/v1/checkins/%C3%28");
        assertThat(a.status()).as(a.toString()).isBetween(400, 499);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void aVeryLongApiQueryIsAProblem414() throws IOException {
        Answer a = apiGet("/api/v1/checkins?from=" + "9".repeat(20_000));
        assertThat(a.status()).as(a.toString()).isEqualTo(414);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void aHugeHeaderOnTheApiIsAProblem431() throws IOException {
        Answer a = get("/api/v1/checkins", "X-Padding: " + "a".repeat(20_000) + "\r\n");
        assertThat(a.status()).as(a.toString()).isEqualTo(431);
        assertThat(a.isProblem()).as(a.toString()).isTrue();
    }

    @Test
    void aHugeHeaderOnAPageIsTheErrorPage() throws IOException {
        Answer a = get("/login", "Accept: text/html\r\nX-Padding: " + "a".repeat(20_000) + "\r\n");
        assertThat(a.status()).as(a.toString()).isEqualTo(431);
        assertThat(a.isOurPage()).as(a.toString()).isTrue();
    }
}
