import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Backroot load benchmark: authenticated {@code GET /api/v1/me} against durable
 * {@code PUT /api/v1/checkins/{date}}, measured in one run, then an exact read-back of every
 * acknowledged check-in. Plain JDK 17, no dependencies: {@code java bench/LoadBench.java <mode> ...}.
 *
 * <pre>
 * load   --url URL --state FILE [--users 200] [--workers 48] [--warmup 6] [--phase 8] [--rounds 3] [--days 56]
 *        creates the users and tokens, warms up, then alternates GET and PUT phases (G P, P G, G P, ...)
 *        and prints req/s, p50, p99 of both and the PUT/GET ratio. Writes every user, token and the last
 *        acknowledged version of every (user, date) to FILE.
 * verify --url URL --state FILE
 *        reads each user's check-ins back through GET /api/v1/checkins and checks that every acknowledged
 *        write is there with exactly the acknowledged values. Exit status 1 if any is missing or wrong.
 * </pre>
 *
 * Each (user, date) pair belongs to one worker, which writes it sequentially: version k+1 is only sent after
 * version k was answered, so the last acknowledged version is the one the database must hold. Every
 * version carries its own note ("bench p&lt;pair&gt; v&lt;k&gt;") and its own pain/stress/sleep values, so
 * the read-back can tell versions apart. A request that failed or timed out leaves the pair ambiguous
 * (it may or may not have committed); the read-back then accepts the last acknowledged version or any later
 * unanswered one, and such requests are reported as errors.
 */
public class LoadBench {

    static final String PASSWORD = "bench passphrase 0123";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        Map<String, String> opt = options(Arrays.copyOfRange(args, 1, args.length));
        int rc;
        try {
            switch (args[0]) {
                case "load" -> rc = new LoadBench(opt).load();
                case "verify" -> rc = new LoadBench(opt).verify();
                default -> { usage(); rc = 2; }
            }
        } catch (Exception e) {
            Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.out.println("FAIL: " + t);
            rc = 2;
        }
        System.exit(rc);
    }

    static void usage() {
        System.err.println("usage: java bench/LoadBench.java load|verify --url http://127.0.0.1:PORT --state FILE [options]");
        System.exit(2);
    }

    static Map<String, String> options(String[] a) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].startsWith("--") || i + 1 >= a.length) throw new IllegalArgumentException("bad option " + a[i]);
            m.put(a[i].substring(2), a[++i]);
        }
        return m;
    }

    final String url;
    final Path state;
    final Map<String, String> opt;
    final HttpClient http;

    LoadBench(Map<String, String> opt) {
        this.opt = opt;
        this.url = req(opt, "url").replaceAll("/$", "");
        this.state = Path.of(req(opt, "state"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String req(Map<String, String> opt, String k) {
        String v = opt.get(k);
        if (v == null) throw new IllegalArgumentException("--" + k + " is required");
        return v;
    }

    int intOpt(String k, int def) {
        return opt.containsKey(k) ? Integer.parseInt(opt.get(k)) : def;
    }

    // ------------------------------------------------------------------------------------------ load

    int users, workers, days;
    String[] emails, tokens;
    LocalDate today;

    /** Per pair: last acknowledged version (-1 none) and the versions sent after it that got no answer. */
    int[] lastAck;
    List<Integer>[] unanswered;
    int[] nextVersion;

    final AtomicLong errors = new AtomicLong();
    final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    int load() throws Exception {
        users = intOpt("users", 200);
        workers = intOpt("workers", 48);
        days = intOpt("days", 56);
        int warmup = intOpt("warmup", 6), phase = intOpt("phase", 8), rounds = intOpt("rounds", 3);
        today = LocalDate.now();
        serverPid = opt.containsKey("server-pid") ? Long.parseLong(opt.get("server-pid")) : -1;
        int pairs = users * days;
        lastAck = new int[pairs];
        Arrays.fill(lastAck, -1);
        unanswered = new List[pairs];
        nextVersion = new int[pairs];

        long t0 = System.nanoTime();
        createUsers(intOpt("setup-workers", 8));
        System.out.printf(Locale.ROOT, "setup: %d users and tokens in %.1f s%n", users, (System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(workers);
        System.out.printf(Locale.ROOT, "warm-up: %d s GET, %d s PUT (not counted)%n", warmup, warmup);
        runPhase(pool, Kind.GET, warmup);
        runPhase(pool, Kind.PUT, warmup);

        Stats get = new Stats(), put = new Stats();
        List<String> roundRatios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] rate = new double[2];
            Kind[] order = r % 2 == 0 ? new Kind[] {Kind.GET, Kind.PUT} : new Kind[] {Kind.PUT, Kind.GET};
            for (Kind k : order) {
                Stats s = runPhase(pool, k, phase);
                System.out.printf(Locale.ROOT, "  round %d %-3s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)  %s%n",
                        r + 1, k, s.rate(), s.pct(50), s.pct(99), s.count(), s.cpu());
                (k == Kind.GET ? get : put).add(s);
                rate[k.ordinal()] = s.rate();
            }
            roundRatios.add(String.format(Locale.ROOT, "%.2f", rate[1] / rate[0]));
        }
        pool.shutdown();

        long acked = Arrays.stream(lastAck).filter(v -> v >= 0).count();
        long ackedPuts = putAcks.get();
        double ratio = put.rate() / get.rate();
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "users %d, %d concurrent workers, %d rounds x %d s per kind (alternating) after %d s warm-up each",
                users, workers, rounds, phase, warmup));
        summary.add(String.format(Locale.ROOT, "%-30s %7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests)",
                "GET /api/v1/me", get.rate(), get.pct(50), get.pct(99), get.count()));
        summary.add(String.format(Locale.ROOT, "%-30s %7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests)",
                "PUT /api/v1/checkins/{date}", put.rate(), put.pct(50), put.pct(99), put.count()));
        summary.add(String.format(Locale.ROOT, "GET %s; PUT %s", get.cpu(), put.cpu()));
        summary.add(String.format(Locale.ROOT, "PUT/GET ratio %.2f (%s the 0.90 target; per round %s)", ratio,
                ratio >= 0.9 ? "meets" : "BELOW", String.join(" ", roundRatios)));
        summary.add(String.format(Locale.ROOT, "acknowledged PUTs %d (incl. warm-up) over %d distinct (user, date) check-ins; errors %d%s",
                ackedPuts, acked, errors.get(), errorKinds.isEmpty() ? "" : " " + errorKinds));
        System.out.println();
        summary.forEach(System.out::println);
        writeState(summary);
        return errors.get() == 0 ? 0 : 3;
    }

    final AtomicLong putAcks = new AtomicLong();
    long serverPid = -1;

    /** CPU time (ns) the server process has used so far, from /proc (Linux); -1 when unknown. */
    long serverCpuNanos() {
        if (serverPid < 0) return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime + stime, 100 ticks/s
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    void createUsers(int parallel) throws Exception {
        emails = new String[users];
        tokens = new String[users];
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int u = i;
            fs.add(pool.submit(() -> {
                String email = "bench-" + run + "-" + u + "@example.org";
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/accounts"))
                        .header("Content-Type", "application/json")
                        .POST(body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Bench " + u + "\"}")).build());
                expect(r, 201, "POST /api/v1/accounts");
                String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                r = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                        .header("Content-Type", "application/json").header("Authorization", "Basic " + basic)
                        .POST(body("{\"name\":\"bench\"}")).build());
                expect(r, 201, "POST /api/v1/tokens");
                Object token = ((Map<?, ?>) Json.parse(r.body())).get("token");
                if (!(token instanceof String t)) throw new IllegalStateException("no token in " + r.body());
                emails[u] = email;
                tokens[u] = t;
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
    }

    enum Kind { GET, PUT }

    Stats runPhase(ExecutorService pool, Kind kind, int seconds) throws Exception {
        Stats stats = new Stats();
        long server0 = serverCpuNanos(), own0 = ownCpuNanos();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Future<long[]>> fs = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            fs.add(pool.submit(() -> kind == Kind.GET ? getLoop(worker, deadline) : putLoop(worker, deadline)));
        }
        List<long[]> lat = new ArrayList<>();
        for (Future<long[]> f : fs) lat.add(f.get());
        stats.add(lat, System.nanoTime() - start);
        long server1 = serverCpuNanos();
        stats.serverCpu = server0 < 0 || server1 < 0 ? -1 : server1 - server0;
        stats.clientCpu = ownCpuNanos() - own0;
        return stats;
    }

    /** Per-worker cursors, so each phase continues where the last one left off. */
    final int[] getCursor = new int[1024];
    final int[] putCursor = new int[1024];

    long[] getLoop(int w, long deadline) {
        LongList lat = new LongList();
        while (System.nanoTime() < deadline) {
            int u = (w + getCursor[w]++ * workers) % users;
            HttpRequest rq = HttpRequest.newBuilder(URI.create(url + "/api/v1/me"))
                    .header("Authorization", "Bearer " + tokens[u]).timeout(Duration.ofSeconds(30)).GET().build();
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(rq, HttpResponse.BodyHandlers.ofString());
                long d = System.nanoTime() - t;
                if (r.statusCode() == 200) lat.add(d);
                else error("GET " + r.statusCode());
            } catch (Exception e) {
                error("GET " + e.getClass().getSimpleName());
            }
        }
        return lat.toArray();
    }

    long[] putLoop(int w, long deadline) {
        LongList lat = new LongList();
        int pairs = users * days;
        int mine = (pairs - w + workers - 1) / workers; // pairs p with p % workers == w
        while (System.nanoTime() < deadline) {
            int p = w + (putCursor[w]++ % mine) * workers;
            int u = p % users;
            LocalDate date = dateOf(p);
            int v = nextVersion[p]++;
            HttpRequest rq = HttpRequest.newBuilder(URI.create(url + "/api/v1/checkins/" + date))
                    .header("Authorization", "Bearer " + tokens[u]).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).PUT(body(Values.of(p, v).json())).build();
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(rq, HttpResponse.BodyHandlers.ofString());
                long d = System.nanoTime() - t;
                if (r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 204) {
                    lat.add(d);
                    lastAck[p] = v;
                    unanswered[p] = null;
                    putAcks.incrementAndGet();
                } else {
                    // A definite rejection (4xx) did not commit; anything else might have.
                    if (r.statusCode() >= 500) pending(p, v);
                    error("PUT " + r.statusCode() + (errors.get() < 3 ? " " + abbreviate(r.body()) : ""));
                }
            } catch (Exception e) {
                pending(p, v);
                error("PUT " + e.getClass().getSimpleName());
            }
        }
        return lat.toArray();
    }

    void pending(int p, int v) {
        if (unanswered[p] == null) unanswered[p] = new ArrayList<>();
        unanswered[p].add(v);
    }

    void error(String kind) {
        errors.incrementAndGet();
        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** The values of version v of pair p: consecutive versions differ in pain and in the note. */
    record Values(int pair, int version, int pain, int stress, double sleepHours, boolean flare, String note) {
        static Values of(int p, int v) {
            int k = p * 7 + v;
            return new Values(p, v, k % 11, (k / 11) % 11, 4 + ((k / 3) % 17) * 0.5, (k % 13) == 0, "bench p" + p + " v" + v);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"pain\":%d,\"stress\":%d,\"sleepHours\":%s,\"flare\":%b,\"note\":\"%s\"}",
                    pain, stress, sleepHours, flare, note);
        }
    }

    /**
     * The state file, tab-separated: {@code user <index> <email> <token>}; per (user, date) written, one
     * {@code ack} line with the last acknowledged values and one {@code maybe} line per later unanswered write:
     * {@code ack|maybe <pair> <email> <date> <pain> <stress> <sleepHours> <flare> <note>}; then {@code summary} lines.
     */
    void writeState(List<String> summary) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(state))) {
            for (int u = 0; u < users; u++) out.println("user\t" + u + "\t" + emails[u] + "\t" + tokens[u]);
            for (int p = 0; p < lastAck.length; p++) {
                if (lastAck[p] < 0 && unanswered[p] == null) continue;
                if (lastAck[p] >= 0) out.println(expectLine("ack", p, lastAck[p]));
                if (unanswered[p] != null) for (int v : unanswered[p]) out.println(expectLine("maybe", p, v));
            }
            for (String s : summary) out.println("summary\t" + s);
        }
    }

    String expectLine(String kind, int p, int v) {
        Values x = Values.of(p, v);
        return String.join("\t", kind, Integer.toString(p), emails[p % users], dateOf(p).toString(), Integer.toString(x.pain()),
                Integer.toString(x.stress()), Double.toString(x.sleepHours()), Boolean.toString(x.flare()), x.note());
    }

    LocalDate dateOf(int p) {
        return today.minusDays(2 + (p / users));
    }

    /** One expected row: what an acknowledged (or possibly committed) write put there. */
    record Expected(String email, String date, int pain, int stress, double sleepHours, boolean flare, String note) {
        static Expected parse(String[] f) {
            return new Expected(f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), Double.parseDouble(f[6]),
                    Boolean.parseBoolean(f[7]), f[8]);
        }
    }

    // ---------------------------------------------------------------------------------------- verify

    int verify() throws Exception {
        Map<String, String> tokenOf = new HashMap<>();            // email -> token
        Map<Integer, List<Expected>> pairs = new LinkedHashMap<>(); // pair -> [ack, maybe...] (ack first if any)
        Map<Integer, Boolean> hasAck = new HashMap<>();
        String min = null, max = null;
        for (String line : Files.readAllLines(state)) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "user" -> tokenOf.put(f[2], f[3]);
                case "ack", "maybe" -> {
                    int p = Integer.parseInt(f[1]);
                    Expected e = Expected.parse(f);
                    pairs.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                    if (f[0].equals("ack")) hasAck.put(p, true);
                    if (min == null || e.date().compareTo(min) < 0) min = e.date();
                    if (max == null || e.date().compareTo(max) > 0) max = e.date();
                }
                default -> { }
            }
        }
        if (hasAck.isEmpty()) {
            System.out.println("FAIL: no acknowledged check-ins to verify");
            return 1;
        }
        String from = min, to = max;

        // Read every user's check-ins back: email -> date -> stored object.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Map<String, Map<?, ?>>> stored = new ConcurrentHashMap<>();
        List<Future<?>> fs = new ArrayList<>();
        for (Map.Entry<String, String> user : tokenOf.entrySet()) {
            fs.add(pool.submit(() -> {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/checkins?from=" + from + "&to=" + to))
                        .header("Authorization", "Bearer " + user.getValue()).GET().build());
                expect(r, 200, "GET /api/v1/checkins");
                Map<String, Map<?, ?>> byDate = new HashMap<>();
                collectCheckins(Json.parse(r.body()), byDate);
                stored.put(user.getKey(), byDate);
                return null;
            }));
        }
        try {
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }

        long acked = 0, ok = 0, missing = 0, wrong = 0, later = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Integer, List<Expected>> e : pairs.entrySet()) {
            if (!hasAck.containsKey(e.getKey())) continue; // never acknowledged: nothing was promised
            acked++;
            List<Expected> candidates = e.getValue();
            Expected want = candidates.get(0);
            Map<?, ?> got = stored.get(want.email()).get(want.date());
            if (got == null) {
                missing++;
                if (problems.size() < 20) problems.add("MISSING " + want.email() + " " + want.date() + " (acknowledged: " + want + ")");
                continue;
            }
            int hit = -1;
            for (int i = 0; i < candidates.size() && hit < 0; i++) if (matches(got, candidates.get(i))) hit = i;
            if (hit == 0) ok++;
            else if (hit > 0) { ok++; later++; }
            else {
                wrong++;
                if (problems.size() < 20) problems.add("WRONG " + want.email() + " " + want.date() + ": acknowledged " + want + ", stored " + got);
            }
        }
        problems.forEach(System.out::println);
        String line = String.format(Locale.ROOT, "API read-back after restart: %d of %d acknowledged check-ins present with the acknowledged values (%d missing, %d wrong%s)",
                ok, acked, missing, wrong, later > 0 ? ", " + later + " hold a later unanswered write" : "");
        System.out.println(line);
        Files.writeString(state, "summary\t" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
        if (missing > 0 || wrong > 0) {
            System.out.println("FAIL: acknowledged check-ins are missing or wrong");
            return 1;
        }
        return 0;
    }

    /** Finds every JSON object with a "date" key anywhere in the response (a plain array or a wrapper). */
    static void collectCheckins(Object node, Map<String, Map<?, ?>> byDate) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("date") instanceof String d && m.containsKey("pain")) byDate.put(d, m);
            else m.values().forEach(v -> collectCheckins(v, byDate));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectCheckins(v, byDate));
        }
    }

    static boolean matches(Map<?, ?> got, Expected want) {
        if (!want.note().equals(got.get("note"))) return false;
        return num(got.get("pain")) == want.pain() && num(got.get("stress")) == want.stress()
                && num(got.get("sleepHours")) == want.sleepHours() && Boolean.valueOf(want.flare()).equals(got.get("flare"));
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    // --------------------------------------------------------------------------------------- helpers

    HttpResponse<String> send(HttpRequest rq) throws IOException, InterruptedException {
        return http.send(rq, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status)
            throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }

    static final class LongList {
        long[] a = new long[4096];
        int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Latencies (ns) and wall time of one or more phases. */
    static final class Stats {
        final LongList all = new LongList();
        long wallNanos, serverCpu, clientCpu;
        long[] sorted;

        void add(List<long[]> lat, long wall) {
            for (long[] l : lat) for (long v : l) all.add(v);
            wallNanos += wall;
            sorted = null;
        }

        void add(Stats s) {
            for (int i = 0; i < s.all.n; i++) all.add(s.all.a[i]);
            wallNanos += s.wallNanos;
            serverCpu = serverCpu < 0 || s.serverCpu < 0 ? -1 : serverCpu + s.serverCpu;
            clientCpu += s.clientCpu;
            sorted = null;
        }

        int count() {
            return all.n;
        }

        /** CPU ms per request: "server x.xx, load generator y.yy". */
        String cpu() {
            return String.format(Locale.ROOT, "CPU/request: server %s ms, load generator %.2f ms",
                    serverCpu < 0 ? "?" : String.format(Locale.ROOT, "%.2f", serverCpu / 1e6 / all.n), clientCpu / 1e6 / all.n);
        }

        double rate() {
            return all.n / (wallNanos / 1e9);
        }

        double pct(double q) {
            if (sorted == null) {
                sorted = all.toArray();
                Arrays.sort(sorted);
            }
            if (sorted.length == 0) return Double.NaN;
            int i = (int) Math.ceil(q / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /** A minimal JSON reader: objects to LinkedHashMap, arrays to ArrayList, numbers to Double. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            j.ws();
            if (j.i != s.length()) throw new IllegalArgumentException("trailing JSON at " + j.i);
            return v;
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // ':'
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') return l;
                    }
                }
                case '"':
                    return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: {
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    return Double.parseDouble(s.substring(st, i));
                }
            }
        }

        String string() {
            if (s.charAt(i) != '"') throw new IllegalArgumentException("expected string at " + i);
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') { sb.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> sb.append(e);
                }
            }
        }
    }
}
