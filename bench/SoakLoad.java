import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver of bench/soak.sh (a benchmark, not a test). Two modes, loopback only, stopping by themselves:
 *
 * <pre>
 * java bench/SoakLoad.java soak   BASE_URL SERVER_PID MINUTES [CALLERS=20] [REQUESTS_PER_SECOND_PER_CALLER=40]
 * java bench/SoakLoad.java bodies BASE_URL SERVER_PID SECONDS CLIENTS BODY_BYTES
 * </pre>
 *
 * {@code soak}: CALLERS users, each with a token of its own (minted here with {@code JWT_SECRET}), paced under the
 * rate limit: execution lifecycles, lists, store searches, 1 MB graph bodies (created then deleted) and slow clients
 * (headers trickled over 2 s; every tenth sends half a request and is cut by the read timeout, a deliberate outcome).
 * Prints one line per minute: requests per second, p99 latency, errors (5xx, unexpected statuses, I/O failures),
 * deliberate 4xx, the server's RSS and threads (from /proc) and its open client connections.
 *
 * {@code bodies}: CLIENTS clients each POST a graph carrying BODY_BYTES in one node's {@code input_default} and
 * delete it, for SECONDS; prints statuses and the server's RSS (now and peak, from /proc) every 5 s.
 */
public final class SoakLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String INPUT_BLOCK = "c0a8e994-ebf1-4a9c-a4d8-89d09c86741b";
    private static final String OUTPUT_BLOCK = "363ae599-353e-4804-937e-b2ee3cef3da4";
    private static final String[] WORDS = {"agent", "summary", "search", "report", "email", "weather", "pipeline"};

    private final HttpClient http;
    private final URI base;
    private final long pid;
    private final int port;
    private final Stats stats = new Stats();

    private SoakLoad(String base, long pid, ExecutorService executor) {
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        this.base = URI.create(base.replaceAll("/+$", ""));
        this.port = this.base.getPort();
        this.pid = pid;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SoakLoad soak BASE_URL PID MINUTES [CALLERS] [RPS_PER_CALLER]"
                    + " | SoakLoad bodies BASE_URL PID SECONDS CLIENTS BODY_BYTES");
            System.exit(2);
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            SoakLoad load = new SoakLoad(args[1], Long.parseLong(args[2]), executor);
            switch (args[0]) {
                case "soak" -> load.soak(executor, Integer.parseInt(args[3]), arg(args, 4, 20), arg(args, 5, 40));
                case "bodies" -> load.bodies(executor, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]));
                default -> throw new IllegalArgumentException("mode must be soak or bodies: " + args[0]);
            }
            executor.shutdownNow();
        }
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    // ---------------------------------------------------------------- soak

    private void soak(ExecutorService executor, int minutes, int callers, int rps) throws Exception {
        String admin = token(UUID.randomUUID(), true);
        String publisher = token(UUID.randomUUID(), false);
        publishListings(publisher, admin);
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String token = token(UUID.randomUUID(), false);
            String graph = created(send("POST", "/api/v1/graphs", token, graphBody("soak " + i, 16)), "graph");
            int kind = i % 10;
            // each kind's requests per round, so that the pacing holds per request, under the rate limit
            int requests = switch (kind) {
                case 0, 1, 2, 3 -> 7;
                case 4, 5 -> 5;
                case 6, 7 -> 2;
                case 8 -> 3;
                default -> 1;
            };
            Runnable work = switch (kind) {
                case 0, 1, 2, 3 -> () -> lifecycle(token, graph);
                case 4, 5 -> () -> lists(token);
                case 6, 7 -> () -> search(token);
                case 8 -> () -> largeBody(token);
                default -> () -> slowClient(token);
            };
            long pause = Duration.ofSeconds(1).toNanos() * requests / rps;
            running.add(executor.submit(() -> paced(work, pause, end)));
        }
        System.out.printf("soak: %d callers (lifecycles, lists, store searches, 1 MB bodies, slow clients), %d min, "
                + "at most %d requests/s each%n", callers, minutes, rps);
        System.out.println("minute  req/s  p99_ms  errors  deliberate_4xx  rss_mb  threads  connections");
        for (int minute = 1; minute <= minutes; minute++) {
            long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < Math.min(until, end)) {
                Thread.sleep(1000);
            }
            Stats.Window w = stats.roll();
            System.out.printf("%6d %6.0f %7.1f %7d %15d %7d %8d %12d%n", minute, w.requests() / 60.0, w.p99Millis(),
                    w.errors(), w.deliberate(), rssKb("VmRSS") / 1024, threads(), connections());
        }
        for (var f : running) {
            f.cancel(true);
        }
        stats.printErrors();
    }

    private void paced(Runnable work, long pauseNanos, long end) {
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            try {
                work.run();
            } catch (RuntimeException e) {
                stats.error("exception " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            long rest = pauseNanos - (System.nanoTime() - start);
            if (rest > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(rest));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void lifecycle(String token, String graph) {
        String ex = created(call("POST", "/api/v1/graphs/" + graph + "/executions", token, "{\"inputs\": {}}", 201),
                "execution");
        String path = "/api/v1/executions/" + ex;
        call("POST", path + "/status", token, "{\"status\": \"running\"}", 200);
        String node = created(call("POST", path + "/node-executions", token,
                "{\"node_id\": \"in\", \"inputs\": {\"value\": 1}}", 201), "node execution");
        call("POST", path + "/node-executions/" + node + "/status", token, "{\"status\": \"running\"}", 200);
        call("POST", path + "/node-executions/" + node + "/status", token, "{\"status\": \"completed\"}", 200);
        call("POST", path + "/status", token, "{\"status\": \"completed\", \"outputs\": {\"out\": 1}}", 200);
        call("GET", path, token, null, 200);
    }

    private void lists(String token) {
        call("GET", "/api/v1/graphs?limit=20", token, null, 200);
        call("GET", "/api/v1/executions?limit=20", token, null, 200);
        call("GET", "/api/v1/credits/transactions?limit=20", token, null, 200);
        call("GET", "/api/v1/me", token, null, 200);
        call("GET", "/api/v1/graphs/" + UUID.randomUUID(), token, null, 404);
    }

    private void search(String token) {
        String word = WORDS[(int) (System.nanoTime() % WORDS.length)];
        call("GET", "/api/v1/store/listings?q=" + word + "&limit=20", token, null, 200);
        call("GET", "/api/v1/store/listings?sort=rating&limit=20", token, null, 200);
    }

    private void largeBody(String token) {
        String graph = created(call("POST", "/api/v1/graphs", token, graphBody("large", 1024 * 1024), 201), "graph");
        call("GET", "/api/v1/graphs/" + graph, token, null, 200);
        call("DELETE", "/api/v1/graphs/" + graph, token, null, 204);
    }

    private final AtomicLong slowRound = new AtomicLong();

    /** Trickles a GET's headers over 2 s; every tenth stops halfway and must be cut by the server. */
    private void slowClient(String token) {
        boolean half = slowRound.incrementAndGet() % 10 == 0;
        String request = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nX-Slow: " + "s".repeat(40) + "\r\nConnection: close\r\n\r\n";
        byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
        int sent = half ? bytes.length / 2 : bytes.length;
        long start = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            OutputStream out = s.getOutputStream();
            int step = Math.max(1, sent / 20);
            for (int i = 0; i < sent; i += step) {
                out.write(bytes, i, Math.min(step, sent - i));
                out.flush();
                Thread.sleep(100);
            }
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            in.readAllBytes();
            if (half) {
                stats.deliberate();
                if (!head.isEmpty()) {
                    stats.error("a half request was answered: " + head);
                }
            } else {
                stats.record(System.nanoTime() - start, head.startsWith("HTTP/1.1 200") ? 200 : -1, 200, "slow GET");
            }
        } catch (IOException e) {
            if (half) {
                stats.deliberate();
            } else if (!Thread.currentThread().isInterrupted()) {
                stats.error("slow client: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A user with a graph listed in the store under a few words, approved by the admin, for the searches. */
    private void publishListings(String publisher, String admin) {
        for (int i = 0; i < WORDS.length; i++) {
            String graph = created(send("POST", "/api/v1/graphs", publisher, graphBody(WORDS[i] + " agent", 16)),
                    "graph");
            String slug = "soak-" + WORDS[i] + "-" + UUID.randomUUID().toString().substring(0, 8);
            String submission = created(send("POST", "/api/v1/store/submissions", publisher,
                    "{\"graph_id\": \"" + graph + "\", \"graph_version\": 1, \"slug\": \"" + slug + "\", \"name\": \""
                            + WORDS[i] + " helper\", \"sub_heading\": \"a " + WORDS[i] + " " + WORDS[(i + 1) % WORDS.length]
                            + "\", \"description\": \"an agent for " + WORDS[i] + " work\", \"categories\": [\"soak\"]}"),
                    "submission");
            send("POST", "/api/v1/admin/store/submissions/" + submission + "/review", admin,
                    "{\"decision\": \"approve\", \"comment\": \"ok\"}");
        }
    }

    // ---------------------------------------------------------------- bodies

    private void bodies(ExecutorService executor, int seconds, int clients, int bodyBytes) throws Exception {
        String token = token(UUID.randomUUID(), false);
        String body = graphBody("bodies", bodyBytes);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        System.out.printf("bodies: %d clients, %.1f MiB each, %d s%n", clients, body.length() / 1048576.0, seconds);
        for (int i = 0; i < clients; i++) {
            executor.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> r = send("POST", "/api/v1/graphs", token, body);
                        statuses.computeIfAbsent(r.statusCode(), s -> new LongAdder()).increment();
                        if (r.statusCode() == 201) {
                            send("DELETE", "/api/v1/graphs/" + id(r.body()), token, null);
                        }
                    } catch (RuntimeException e) {
                        statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
                    }
                }
                return null;
            });
        }
        while (System.nanoTime() < end) {
            Thread.sleep(5000);
            System.out.printf("rss_mb=%d peak_rss_mb=%d threads=%d statuses=%s%n", rssKb("VmRSS") / 1024,
                    rssKb("VmHWM") / 1024, threads(), statuses);
        }
        System.out.printf("peak_rss_mb=%d%n", rssKb("VmHWM") / 1024);
    }

    // ---------------------------------------------------------------- plumbing

    private static String graphBody(String name, int payloadBytes) {
        return "{\"name\": \"" + name + "\", \"description\": null, \"is_template\": false, \"nodes\": ["
                + "{\"id\": \"in\", \"block_id\": \"" + INPUT_BLOCK + "\", \"label\": \"input\", \"input_default\": "
                + "{\"value\": \"" + "p".repeat(payloadBytes) + "\"}, \"metadata\": {}, \"node_type\": \"input\"},"
                + "{\"id\": \"out\", \"block_id\": \"" + OUTPUT_BLOCK + "\", \"label\": \"output\", \"input_default\": {},"
                + " \"metadata\": {}, \"node_type\": \"output\"}], \"links\": [{\"source_id\": \"in\", \"sink_id\": \"out\","
                + " \"source_name\": \"result\", \"sink_name\": \"value\", \"is_static\": false}]}";
    }

    /** One request whose status is checked (a 4xx expected by the scenario counts as deliberate). */
    private String call(String method, String path, String token, String body, int expected) {
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = send(method, path, token, body);
        } catch (RuntimeException e) {
            stats.error(method + " " + route(path) + ": " + e.getMessage());
            return null;
        }
        stats.record(System.nanoTime() - start, r.statusCode(), expected, method + " " + route(path));
        return r.statusCode() == expected ? r.body() : null;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String created(Object response, String what) {
        String body = response instanceof HttpResponse<?> r ? String.valueOf(r.body()) : (String) response;
        if (body == null) {
            throw new IllegalStateException("no " + what + " was created");
        }
        return id(body);
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body.substring(0, Math.min(200, body.length())));
        }
        return m.group(1);
    }

    private static String route(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "");
    }

    private static String token(UUID sub, boolean admin) {
        String secret = System.getenv("JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("JWT_SECRET must be set (the server's)");
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"" + sub + "\",\"email\":\"soak-" + sub.toString().substring(0, 8)
                + "@example.org\",\"exp\":" + (now + 86_400) + (admin ? ",\"role\":\"admin\"" : "") + "}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String input = header + "." + claims;
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rssKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private long threads() {
        return rssKb("Threads");
    }

    /** Established TCP connections to the server's port (clients' sockets), from /proc/net/tcp and tcp6. */
    private long connections() {
        String local = String.format(":%04X", port);
        long n = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[1].endsWith(local) && f[3].equals("01")) {
                        n++;
                    }
                }
            } catch (IOException e) {
                // no such table
            }
        }
        return n;
    }

    /** Latencies, errors and deliberate 4xx of the current minute. */
    private static final class Stats {
        private final ConcurrentHashMap<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        private List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        private final LongAdder errors = new LongAdder();
        private final LongAdder deliberate = new LongAdder();

        record Window(long requests, double p99Millis, long errors, long deliberate) {
        }

        void record(long nanos, int status, int expected, String what) {
            latencies.add(nanos);
            if (status != expected) {
                error(what + " -> " + status + " (expected " + expected + ")");
            } else if (status >= 400) {
                deliberate.increment();
            }
        }

        void deliberate() {
            deliberate.increment();
        }

        void error(String kind) {
            errors.increment();
            errorKinds.computeIfAbsent(kind.length() > 120 ? kind.substring(0, 120) : kind, k -> new LongAdder())
                    .increment();
        }

        synchronized Window roll() {
            List<Long> taken = latencies;
            latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            long[] sorted;
            synchronized (taken) {
                sorted = taken.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            double p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6;
            return new Window(sorted.length, p99, errors.sumThenReset(), deliberate.sumThenReset());
        }

        void printErrors() {
            if (errorKinds.isEmpty()) {
                System.out.println("errors: none");
            }
            errorKinds.forEach((kind, n) -> System.out.printf("error x%d: %s%n", n.sum(), kind));
        }
    }
}
