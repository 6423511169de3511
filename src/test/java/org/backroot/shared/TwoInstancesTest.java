package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.BackrootApplication;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.NoTestClasses;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.TestDatabases;
import org.backroot.tracking.CheckInRecorded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * Two whole Backroot applications, A and B, on one PostgreSQL schema, as two machines behind a load balancer: each
 * on its own random port with its own data directory, spoken to over real HTTP. A web session made on one is honoured
 * by the other, a revocation on one is seen by the other on the very next request, the outbox retry running on both
 * at once has each effect once, and closing one in the middle of a write load loses nothing it acknowledged.
 *
 * <p>Both apps pin their clock to the same instant (so "today" and "due" are fixed), and their schedules are kept
 * from running by themselves during the test (event retry every hour, no nightly backup): the jobs are called
 * through their beans, from both apps at once. The last test closes A, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOON, ZoneOffset.UTC);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    /** One running app: its context, its port and its pinned clock. */
    record Instance(String name, ConfigurableApplicationContext context, int port) {
        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    private static Instance a;
    private static Instance b;
    private static final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Fails the delivery of module events about the people in it, on whichever app, as if that app went down there. */
    private static final Set<String> down = ConcurrentHashMap.newKeySet();
    /** Every delivery of a check-in event that returned normally: "A:userId" or "B:userId". */
    private static final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        String url = TestDatabases.postgresUrl("two_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        // A is stopped abruptly in the last test: its web server drops connections at once (no graceful wait).
        a = start("A", url, "--server.shutdown=immediate");
        b = start("B", url);
    }

    @AfterAll
    static void stopBoth() {
        if (a != null) a.context().close();
        if (b != null) b.context().close();
    }

    private static Instance start(String name, String url, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--backroot.data-dir=target/test-data/two-instances-" + name + "-" + UUID.randomUUID(),
                "--server.port=0",
                "--backroot.events.retry-every=1h", // the test calls the retry itself, on both apps
                "--backroot.backup.cron=-",
                "--spring.main.banner-mode=off",
                "--logging.level.org.flywaydb=WARN"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BackrootApplication.class, PinnedClock.Config.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("noTestClasses", new NoTestClasses()))
                .run(args.toArray(String[]::new));
        context.getBean(PinnedClock.class).set(NOON);
        ApplicationEventMulticaster multicaster = context.getBean(ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener(Ordered.HIGHEST_PRECEDENCE, e -> {
            if (down.contains(e.userId())) throw new IllegalStateException("listeners are down for this test person on " + name);
        }));
        multicaster.addApplicationListener(listener(Ordered.LOWEST_PRECEDENCE, e -> {
            if (e instanceof CheckInRecorded) delivered.add(name + ":" + e.userId());
        }));
        return new Instance(name, context, ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static GenericApplicationListener listener(int order, java.util.function.Consumer<DurableEvent> action) {
        return new GenericApplicationListener() {
            @Override
            public boolean supportsEventType(ResolvableType eventType) {
                return PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass());
            }

            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof DurableEvent e) action.accept(e);
            }

            @Override
            public int getOrder() {
                return order;
            }
        };
    }

    // ---------------------------------------------------------------- sessions

    @Test
    @Order(1)
    void aWebSessionMadeOnOneInstanceIsHonouredOnTheOtherAndSigningOutOnTheOtherEndsIt() throws Exception {
        Person pat = register(a);
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();

        String loginPage = browser.send(get(a, "/login").build(), BodyHandlers.ofString()).body();
        HttpResponse<String> signIn = browser.send(form(a, "/login", Map.of("username", pat.email, "password", ApiClient.PASSWORD,
                "_csrf", csrf(loginPage))), BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValue("/start");
        String session = sessionCookie(cookies);

        // The same browser, sent to B by the load balancer: B finds the session in the database.
        HttpResponse<String> onB = browser.send(get(b, "/settings/data").build(), BodyHandlers.ofString());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("action=\"/logout\"");

        // The cookie sent by hand (as below, after signing out) is the session: A honours it too while it lasts.
        assertThat(api.send(get(a, "/settings/data").header("Cookie", "SESSION=" + session).build(), BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        HttpResponse<String> signOut = browser.send(form(b, "/logout", Map.of("_csrf", csrf(onB.body()))), BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValue("/login?logout");

        // The old session cookie, sent to A on purpose (a stolen copy, or a browser that kept it), signs in no one there.
        HttpResponse<String> onA = api.send(get(a, "/settings/data").header("Cookie", "SESSION=" + session).build(), BodyHandlers.ofString());
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    // ---------------------------------------------------------------- revocation

    @Test
    @Order(2)
    void aTokenRevokedOnOneInstanceIsRefusedOnTheOtherAtTheVeryNextRequest() throws Exception {
        Person pat = register(a);
        String second = issueToken(b, pat);
        // Both apps have seen both tokens, so both remember them (the cache that once kept a revoked token alive 30 s).
        for (Instance i : List.of(a, b)) {
            assertThat(bearer(i, "GET", "/api/v1/me", pat.token, null).statusCode()).isEqualTo(200);
            assertThat(bearer(i, "GET", "/api/v1/me", second, null).statusCode()).isEqualTo(200);
        }
        String firstId = tokenIdNamed(a, second, "first");

        assertThat(bearer(a, "DELETE", "/api/v1/tokens/" + firstId, second, null).statusCode()).isEqualTo(204);

        HttpResponse<String> revoked = bearer(b, "GET", "/api/v1/me", pat.token, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(bearer(a, "GET", "/api/v1/me", pat.token, null).statusCode()).isEqualTo(401);
        assertThat(bearer(b, "GET", "/api/v1/me", second, null).statusCode()).isEqualTo(200); // only the revoked one
    }

    @Test
    @Order(3)
    void anAccountDeletedOnOneInstanceHasItsTokensRefusedOnBothWithA401NotA500() throws Exception {
        Person pat = register(b);
        for (Instance i : List.of(a, b)) {
            assertThat(bearer(i, "PUT", "/api/v1/checkins/" + TODAY, pat.token, checkIn(3, 4)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> deleted = bearer(a, "DELETE", "/api/v1/me", pat.token, "{\"confirmEmail\":\"" + pat.email + "\"}");
        assertThat(deleted.statusCode()).isEqualTo(204);

        for (Instance i : List.of(b, a)) {
            assertThat(bearer(i, "GET", "/api/v1/me", pat.token, null).statusCode()).as("token on " + i.name()).isEqualTo(401);
            assertThat(bearer(i, "GET", "/api/v1/checkins", pat.token, null).statusCode()).as("check-ins on " + i.name()).isEqualTo(401);
            HttpResponse<String> basic = api.send(post(i, "/api/v1/tokens", "{\"name\":\"again\"}")
                    .header("Authorization", ApiClient.basic(pat.email, ApiClient.PASSWORD)).build(), BodyHandlers.ofString());
            assertThat(basic.statusCode()).as("password on " + i.name()).isEqualTo(401);
        }
    }

    // ---------------------------------------------------------------- jobs

    /**
     * Flares whose switch to calm failed after the commit (as if the app died there), one event per person, left
     * incomplete in the shared outbox and due. Answers the people.
     */
    private List<Person> flaresWaitingForTheirSwitch(int people) throws Exception {
        List<Person> flared = new ArrayList<>();
        for (int n = 0; n < people; n++) {
            Instance home = n % 2 == 0 ? a : b;
            Person p = register(home);
            assertThat(bearer(home, "POST", "/api/v1/responses", p.token, RedFlagScreens.json(home.bean(InstrumentCatalog.class), Map.of()))
                    .statusCode()).isEqualTo(201);
            assertThat(bearer(home, "POST", "/api/v1/plan", p.token, "").statusCode()).isEqualTo(201);
            assertThat(bearer(home, "PUT", "/api/v1/checkins/" + TODAY.minusDays(1), p.token, flare(3, false)).statusCode()).isEqualTo(200);
            down.add(p.userId);
            assertThat(bearer(home, "PUT", "/api/v1/checkins/" + TODAY, p.token, flare(6, true)).statusCode()).isEqualTo(200);
            flared.add(p);
        }
        for (Instance i : List.of(a, b)) i.bean(GroupCommitter.class).submit(() -> null); // the failure marks land
        flared.forEach(p -> down.remove(p.userId));
        assertThat(incomplete(flared)).isEqualTo(people);
        for (Person p : flared) assertThat(phaseChanges(p)).isEmpty();
        return flared;
    }

    @Test
    @Order(4)
    void theScheduledRetryRunningOnBothInstancesAtOnceDeliversEachIncompleteEventOnceAndSwitchesEachPersonOnce() throws Exception {
        List<Person> flared = flaresWaitingForTheirSwitch(4);
        // A failed delivery is retried a minute later: both clocks move on two minutes, so all four are due on both.
        for (Instance i : List.of(a, b)) i.bean(PinnedClock.class).set(i.bean(PinnedClock.class).instant().plus(Duration.ofMinutes(2)));
        delivered.clear();

        List<Integer> counts = onBothAtOnce(events -> events.redeliverDue());

        List<String> mine = deliveriesTo(flared);
        assertThat(mine).as("each event delivered by exactly one app").hasSize(4);
        assertThat(mine.stream().map(d -> d.substring(2)).distinct()).hasSize(4);
        assertThat(counts.get(0) + counts.get(1)).isGreaterThanOrEqualTo(4);
        for (Person p : flared) {
            assertThat(phaseChanges(p)).containsExactly("build->calm " + TODAY);
            for (Instance i : List.of(a, b)) assertThat(JsonPath.<String>read(bearer(i, "GET", "/api/v1/plan", p.token, null).body(), "$.phase")).isEqualTo("calm");
        }
        assertThat(incomplete(flared)).isZero();
    }

    @Test
    @Order(5)
    void bothInstancesStartingUpOverTheSameIncompleteEventsSwitchEachPersonOnce() throws Exception {
        List<Person> flared = flaresWaitingForTheirSwitch(4);
        String[] plans = new String[flared.size()];
        delivered.clear();

        // At start-up an app delivers every incomplete event, due or not: both apps may handle the same one, and the
        // unique key on the phase change makes the second a no-op.
        onBothAtOnce(events -> events.redeliverIncomplete());

        assertThat(deliveriesTo(flared).stream().map(d -> d.substring(2)).distinct()).hasSize(4);
        for (int n = 0; n < flared.size(); n++) {
            Person p = flared.get(n);
            assertThat(phaseChanges(p)).containsExactly("build->calm " + TODAY);
            plans[n] = JsonPath.read(bearer(a, "GET", "/api/v1/plan", p.token, null).body(), "$.id");
            assertThat(JsonPath.<String>read(bearer(b, "GET", "/api/v1/plan", p.token, null).body(), "$.id")).isEqualTo(plans[n]);
        }
        assertThat(incomplete(flared)).isZero();

        // And once more on both: nothing is left to do, nothing changes.
        onBothAtOnce(events -> events.redeliverIncomplete());
        for (int n = 0; n < flared.size(); n++) {
            assertThat(phaseChanges(flared.get(n))).hasSize(1);
            assertThat(JsonPath.<String>read(bearer(b, "GET", "/api/v1/plan", flared.get(n).token, null).body(), "$.id")).isEqualTo(plans[n]);
        }
    }

    private static List<Integer> onBothAtOnce(java.util.function.ToIntFunction<DurableEvents> job) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Instance i : List.of(a, b)) {
                runs.add(two.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return job.applyAsInt(i.bean(DurableEvents.class));
                }));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Integer> run : runs) counts.add(run.get(30, TimeUnit.SECONDS));
            for (Instance i : List.of(a, b)) i.bean(GroupCommitter.class).submit(() -> null); // completion marks land
            return counts;
        } finally {
            two.shutdownNow();
        }
    }

    private static List<String> deliveriesTo(List<Person> people) {
        Set<String> ids = people.stream().map(p -> p.userId).collect(java.util.stream.Collectors.toSet());
        return delivered.stream().filter(d -> ids.contains(d.substring(2))).toList();
    }

    private static List<String> phaseChanges(Person p) {
        return jdbc().sql("SELECT from_phase || '->' || to_phase || ' ' || on_date FROM phase_change WHERE user_id = :user")
                .param("user", p.userId).query(String.class).list();
    }

    private static long incomplete(List<Person> people) {
        return jdbc().sql("SELECT COUNT(*) FROM event_publication WHERE completed_at IS NULL AND user_id IN (:users)")
                .param("users", people.stream().map(p -> p.userId).toList()).query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return b.bean(JdbcClient.class);
    }

    // ---------------------------------------------------------------- data and losing an instance

    @Test
    @Order(6)
    void whatAPersonWritesOnOneInstanceIsReadBackOnTheOtherAtOnce() throws Exception {
        Person pat = register(a);
        for (int day = 0; day < 5; day++) {
            Instance writer = day % 2 == 0 ? a : b;
            Instance reader = writer == a ? b : a;
            LocalDate date = TODAY.minusDays(day);
            assertThat(bearer(writer, "PUT", "/api/v1/checkins/" + date, pat.token, checkIn(day, 9 - day)).statusCode()).isEqualTo(200);
            String read = bearer(reader, "GET", "/api/v1/checkins?from=" + date + "&to=" + date, pat.token, null).body();
            assertThat(JsonPath.<List<Integer>>read(read, "$[*].pain")).containsExactly(day);
            assertThat(JsonPath.<List<Integer>>read(read, "$[*].stress")).containsExactly(9 - day);
        }
    }

    @Test
    @Order(7)
    void aTimeZoneChangedOnOneInstanceMovesThePersonsTodayOnTheOtherAtOnce() throws Exception {
        Person pat = register(a);
        // B has looked up the zone (UTC, where it is still 1 December) before the change.
        assertThat(bearer(b, "PUT", "/api/v1/checkins/" + TODAY.plusDays(1), pat.token, checkIn(2, 2)).statusCode()).isEqualTo(400);

        assertThat(bearer(a, "PUT", "/api/v1/me", pat.token, "{\"timeZone\":\"Pacific/Kiritimati\"}").statusCode()).isEqualTo(200);

        // At 12:00 UTC it is already 2 December on Kiritimati (UTC+14): B takes that day's check-in at once.
        assertThat(JsonPath.<String>read(bearer(b, "GET", "/api/v1/me", pat.token, null).body(), "$.timeZone")).isEqualTo("Pacific/Kiritimati");
        assertThat(bearer(b, "PUT", "/api/v1/checkins/" + TODAY.plusDays(1), pat.token, checkIn(2, 2)).statusCode()).isEqualTo(200);
    }

    /**
     * Eight writers PUT distinct check-ins (person × day, values of their own) alternately to A and B. When A has
     * answered 40 of them, A is closed from another thread while requests are in flight: "abruptly" here means its web
     * server stops at once ({@code server.shutdown=immediate}: open connections are dropped, requests in progress get
     * no grace period) and its context closes around them, in the same JVM (a process kill is what the restart test
     * and the issue's kill -9 probe cover). The load goes on until A has refused 8 requests after its close, so the
     * close always falls inside it. Every write that got a 2xx from either app is then read back through B.
     */
    @Test
    @Order(100) // closes A
    void closingOneInstanceInTheMiddleOfAWriteLoadLosesNoAcknowledgedCheckIn() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int n = 0; n < 8; n++) people.add(register(n % 2 == 0 ? a : b));
        record Write(Person person, LocalDate date, int pain, int stress, Instance to) {
        }
        int days = 59; // check-ins are taken for the last 60 days
        List<Write> writes = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            for (int n = 0; n < people.size(); n++) {
                writes.add(new Write(people.get(n), TODAY.minusDays(day), (day + n) % 11, (day * 3 + n) % 11, (day + n) % 2 == 0 ? a : b));
            }
        }
        Collections.shuffle(writes, new java.util.Random(8));
        List<Write> acknowledged = new CopyOnWriteArrayList<>();
        AtomicInteger refusedByAWhileClosing = new AtomicInteger();
        AtomicInteger refusedByAAfterClose = new AtomicInteger();
        List<String> failuresOnB = new CopyOnWriteArrayList<>();
        CountDownLatch fortyOnA = new CountDownLatch(40);
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        ExecutorService writers = Executors.newFixedThreadPool(8);
        Thread closer = new Thread(() -> {
            try {
                if (fortyOnA.await(60, TimeUnit.SECONDS)) {
                    a.context().close();
                    closed.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "closes-A");
        closer.start();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Write w : writes) {
                done.add(writers.submit(() -> {
                    if (refusedByAAfterClose.get() >= 8) return null; // the load has outlived A's close: enough
                    boolean afterClose = closed.get();
                    try {
                        HttpResponse<String> r = bearer(w.to(), "PUT", "/api/v1/checkins/" + w.date(), w.person().token, checkIn(w.pain(), w.stress()));
                        if (r.statusCode() / 100 == 2) {
                            acknowledged.add(w);
                            if (w.to() == a) fortyOnA.countDown();
                            return null;
                        }
                        if (w.to() == b) failuresOnB.add(r.statusCode() + " " + r.body());
                    } catch (IOException e) { // connection refused or dropped: not acknowledged
                        if (w.to() == b) failuresOnB.add(e.toString());
                    }
                    if (w.to() == a) (afterClose ? refusedByAAfterClose : refusedByAWhileClosing).incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            writers.shutdownNow();
            closer.join(60_000);
        }

        long onA = acknowledged.stream().filter(w -> w.to() == a).count();
        String counts = "acknowledged by A " + onA + ", by B " + (acknowledged.size() - onA) + "; refused by A while closing "
                + refusedByAWhileClosing.get() + ", after " + refusedByAAfterClose.get();
        assertThat(a.context().isActive()).as("A was closed during the load").isFalse();
        assertThat(refusedByAAfterClose.get()).as(counts).isGreaterThanOrEqualTo(8);
        assertThat(failuresOnB).as("B kept answering").isEmpty();
        assertThat(onA).as(counts).isGreaterThanOrEqualTo(40);

        for (Person p : people) {
            String stored = bearer(b, "GET", "/api/v1/checkins?from=" + TODAY.minusDays(days) + "&to=" + TODAY, p.token, null).body();
            List<String> dates = JsonPath.read(stored, "$[*].date");
            List<Integer> pains = JsonPath.read(stored, "$[*].pain");
            List<Integer> stresses = JsonPath.read(stored, "$[*].stress");
            for (Write w : acknowledged) {
                if (w.person() != p) continue;
                int at = dates.indexOf(w.date().toString());
                assertThat(at).as("acknowledged check-in of %s on %s by %s", p.email, w.date(), w.to().name()).isNotNegative();
                assertThat(pains.get(at)).isEqualTo(w.pain());
                assertThat(stresses.get(at)).isEqualTo(w.stress());
            }
        }
        System.out.println("TwoInstancesTest load: " + counts);
    }

    // ---------------------------------------------------------------- HTTP

    /** A person registered through the API on one app, with a token named "first". */
    record Person(String email, String userId, String token) {
    }

    private static Person register(Instance on) throws Exception {
        String email = "two-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> account = api.send(post(on, "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Pat\"}").build(), BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(201);
        Person nameless = new Person(email, JsonPath.read(account.body(), "$.id"), null);
        HttpResponse<String> issued = api.send(post(on, "/api/v1/tokens", "{\"name\":\"first\"}")
                .header("Authorization", ApiClient.basic(email, ApiClient.PASSWORD)).build(), BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        return new Person(email, nameless.userId(), JsonPath.read(issued.body(), "$.token"));
    }

    private static String issueToken(Instance on, Person p) throws Exception {
        HttpResponse<String> issued = api.send(post(on, "/api/v1/tokens", "{\"name\":\"second\"}")
                .header("Authorization", ApiClient.basic(p.email, ApiClient.PASSWORD)).build(), BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        return JsonPath.read(issued.body(), "$.token");
    }

    private static String tokenIdNamed(Instance on, String token, String name) throws Exception {
        List<String> ids = JsonPath.read(bearer(on, "GET", "/api/v1/tokens", token, null).body(), "$[?(@.name == '" + name + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private static HttpResponse<String> bearer(Instance on, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(on.uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (json == null) {
            r.method(method, BodyPublishers.noBody());
        } else {
            r.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
        }
        return api.send(r.build(), BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(Instance on, String path) {
        return HttpRequest.newBuilder(on.uri(path)).timeout(Duration.ofSeconds(30)).GET();
    }

    private static HttpRequest.Builder post(Instance on, String path, String json) {
        return HttpRequest.newBuilder(on.uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json));
    }

    private static HttpRequest form(Instance on, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return HttpRequest.newBuilder(on.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static String sessionCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie after signing in"));
    }

    private static String checkIn(int pain, int stress) {
        return "{\"pain\":" + pain + ",\"stress\":" + stress + ",\"sleepHours\":7,\"flare\":false}";
    }

    private static String flare(int pain, boolean flare) {
        return "{\"pain\":" + pain + ",\"stress\":3,\"sleepHours\":7,\"flare\":" + flare + "}";
    }
}
