import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/events.sh: changes go through server A, event streams are opened on server B (same database).
 * (1) lifecycles at RATE per second for SECONDS through A, the caller's user stream open on B: commit-to-delivery
 * latency of every graph event (its created_at to its arrival); (2) one execution's stream on B cut 100 times while
 * 400 node executions are added through A, each reconnect sending Last-Event-ID: events lost and duplicated;
 * (3) RSS and CPU of server B with IDLE idle streams open vs none.
 *
 * <pre>java bench/EventsLoad.java BASE_A BASE_B TOKEN PID_B RATE SECONDS IDLE</pre>
 */
public final class EventsLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");
    private static final Pattern CREATED = Pattern.compile("\"execution_id\"\\s*:\\s*\"[^\"]+\"\\s*,\\s*\"created_at\"\\s*:\\s*\"([^\"]+)\"");
    private static final String GRAPH = """
            {"name": "bench events", "nodes": [
               {"id": "in", "block_id": "c0a8e994-ebf1-4a9c-a4d8-89d09c86741b", "label": "input",
                "input_default": {"value": 1}, "metadata": {}, "node_type": "input"},
               {"id": "out", "block_id": "363ae599-353e-4804-937e-b2ee3cef3da4", "label": "output",
                "input_default": {}, "metadata": {}, "node_type": "output"}],
             "links": [{"source_id": "in", "sink_id": "out", "source_name": "result", "sink_name": "value",
                        "is_static": false}]}""";

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String a;
    private final String b;
    private final String token;

    private EventsLoad(String a, String b, String token) {
        this.a = a;
        this.b = b;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        EventsLoad load = new EventsLoad(args[0], args[1], args[2]);
        long pidB = Long.parseLong(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int idle = Integer.parseInt(args[6]);
        String graph = match(ID, load.call("POST", load.a + "/api/v1/graphs", GRAPH, 201));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "10"));
        if (warmup > 0) {
            // the same load on servers fresh from start: the JIT's first minutes, printed apart from the measured run
            load.latency(graph, rate, warmup, "warm-up (cold servers)");
        }
        load.latency(graph, rate, seconds, "delivery");
        load.reconnects(graph);
        load.idle(graph, pidB, idle);
        System.exit(0);
    }

    private String call(String method, String url, String body, int expected) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " -> " + res.statusCode() + " " + res.body());
        }
        return res.body();
    }

    private InputStream stream(String path, String lastEventId) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(b + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            r.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> res = http.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("stream " + path + " -> " + res.statusCode());
        }
        return res.body();
    }

    private String lifecycle(String graph) throws Exception {
        String e = match(ID, call("POST", a + "/api/v1/graphs/" + graph + "/executions", "{}", 201));
        String ex = a + "/api/v1/executions/" + e;
        call("POST", ex + "/status", "{\"status\": \"running\"}", 200);
        String n = match(ID, call("POST", ex + "/node-executions", "{\"node_id\": \"in\"}", 201));
        call("POST", ex + "/node-executions/" + n + "/status", "{\"status\": \"running\"}", 200);
        call("POST", ex + "/node-executions/" + n + "/status", "{\"status\": \"completed\"}", 200);
        call("POST", ex + "/status", "{\"status\": \"completed\"}", 200);
        return e;
    }

    /** (1) lifecycles at a fixed rate through A; B's user stream gets their graph events. */
    private void latency(String graph, int rate, int seconds, String label) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        InputStream in = stream("/api/v1/events", null);
        Thread reader = Thread.ofVirtual().start(() -> readLines(in, line -> {
            if (line.startsWith("data:")) {
                Instant at = Instant.parse(match(CREATED, line));
                micros.add(Duration.between(at, Instant.now()).toNanos() / 1000);
            }
        }));
        int total = rate * seconds;
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> {
                try {
                    lifecycle(graph);
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(120, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (micros.size() < (total - failed.get()) * 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        in.close();
        reader.interrupt();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%s: %d lifecycles at %d/s through A (%d failed), %d graph events on B's user stream"
                        + " (expected %d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, total, rate, failed.get(),
                sorted.size(), (total - failed.get()) * 3, pct(sorted, 50), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.getLast() / 1000.0);
    }

    /** (2) a stream cut 100 times while changes keep coming; each reconnect resumes from the last seq seen. */
    private void reconnects(String graph) throws Exception {
        String e = match(ID, call("POST", a + "/api/v1/graphs/" + graph + "/executions", "{}", 201));
        call("POST", a + "/api/v1/executions/" + e + "/status", "{\"status\": \"running\"}", 200);
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < 400; i++) {
                    call("POST", a + "/api/v1/executions/" + e + "/node-executions", "{\"node_id\": \"in\"}", 201);
                    Thread.sleep(5);
                }
                call("POST", a + "/api/v1/executions/" + e + "/status", "{\"status\": \"cancelled\"}", 200);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        List<Long> seen = new ArrayList<>();
        int cuts = 0;
        String last = null;
        boolean ended = false;
        while (!ended) {
            InputStream in = stream("/api/v1/executions/" + e + "/events", last);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int got = 0;
            boolean cut = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("data:")) {
                    long seq = Long.parseLong(match(SEQ, line));
                    seen.add(seq);
                    last = Long.toString(seq);
                    if (cuts < 100 && ++got >= 4) {
                        cut = true;
                        break;
                    }
                }
            }
            in.close();
            if (cut) {
                cuts++;
            } else {
                ended = true;
            }
        }
        writer.join();
        Set<Long> distinct = new TreeSet<>(seen);
        long expected = 2 + 400 + 400 + 1;
        long lost = 0;
        for (long s = 1; s <= expected; s++) {
            lost += distinct.contains(s) ? 0 : 1;
        }
        System.out.printf("reconnects: %d forced reconnects, %d events expected, %d received: %d lost, %d duplicated%n",
                cuts, expected, seen.size(), lost, seen.size() - distinct.size());
    }

    /** (3) B's RSS and CPU over 20 s with no stream, then with {@code n} idle streams open. */
    private void idle(String graph, long pidB, int n) throws Exception {
        String e = match(ID, call("POST", a + "/api/v1/graphs/" + graph + "/executions", "{}", 201));
        call("POST", a + "/api/v1/executions/" + e + "/status", "{\"status\": \"running\"}", 200);
        System.gc();
        long[] before = sample(pidB, 20);
        List<InputStream> streams = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch open = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            pool.submit(() -> {
                try {
                    InputStream in = stream("/api/v1/executions/" + e + "/events", "2");
                    streams.add(in);
                    Thread.ofVirtual().start(() -> readLines(in, line -> { }));
                } catch (Exception ex) {
                    System.err.println("stream failed: " + ex);
                } finally {
                    open.countDown();
                }
            });
        }
        open.await(120, TimeUnit.SECONDS);
        Thread.sleep(5000);
        long[] with = sample(pidB, 20);
        System.out.printf("idle streams: %d open on B: RSS %d -> %d MB (+%d MB), CPU %.2f%% -> %.2f%% of a core%n",
                streams.size(), before[0] / 1024, with[0] / 1024, (with[0] - before[0]) / 1024,
                before[1] / 200.0, with[1] / 200.0);
        call("POST", a + "/api/v1/executions/" + e + "/status", "{\"status\": \"cancelled\"}", 200);
        for (InputStream in : streams) {
            in.close();
        }
    }

    /** {VmRSS in kB at the end, CPU ticks (1/100 s) used} over {@code seconds}. */
    private static long[] sample(long pid, int seconds) throws Exception {
        long t0 = ticks(pid);
        Thread.sleep(seconds * 1000L);
        long t1 = ticks(pid);
        long rss = 0;
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                rss = Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, (t1 - t0) * 100 / seconds};
    }

    private static long ticks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static void readLines(InputStream in, java.util.function.Consumer<String> each) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                each.accept(line);
            }
        } catch (Exception e) {
            // closed
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * p / 100.0) - 1) / 1000.0;
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + s);
        }
        return m.group(1);
    }
}
