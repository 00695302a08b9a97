import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load driver of bench/lifecycle.sh: N virtual-thread clients each run the execution lifecycle in a loop
 * (create execution, running, add node execution, node running, node completed, execution completed) for S
 * seconds after a warm-up, and print lifecycles per second and per-step latencies. Loopback only; stops by itself.
 *
 * Each client keeps one keep-alive HTTP/1.1 connection through a minimal blocking client ({@link RawConnection}): on
 * a 2-core machine {@code java.net.http.HttpClient} costs about as much CPU per request as the server does, which
 * the server then lacks. {@code BENCH_HTTP_CLIENT=jdk} uses {@code HttpClient} instead.
 *
 * <pre>java bench/LifecycleLoad.java BASE_URL TOKEN CLIENTS SECONDS [WARMUP_SECONDS]</pre>
 * Prints {@code graph_id=...}, {@code user_id=...} and {@code http_lifecycles_per_second=...} lines for the script.
 */
public final class LifecycleLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final String[] STEPS = {"create", "running", "add_node", "node_running", "node_completed", "completed"};
    private static final String GRAPH = """
            {"name": "bench lifecycle", "description": null, "is_template": false,
             "nodes": [
               {"id": "in", "block_id": "c0a8e994-ebf1-4a9c-a4d8-89d09c86741b", "label": "input",
                "input_default": {"value": 1}, "metadata": {}, "node_type": "input"},
               {"id": "out", "block_id": "363ae599-353e-4804-937e-b2ee3cef3da4", "label": "output",
                "input_default": {}, "metadata": {}, "node_type": "output"}],
             "links": [{"source_id": "in", "sink_id": "out", "source_name": "result", "sink_name": "value",
                        "is_static": false}]}""";

    private final HttpClient http;
    private final boolean jdk;
    private final URI root;
    private final String base;
    private final String token;

    private LifecycleLoad(String base, String token, ExecutorService executor) {
        this.root = URI.create(base);
        this.base = base.replaceAll("/+$", "") + "/api/v1";
        this.token = token;
        this.jdk = "jdk".equals(System.getenv("BENCH_HTTP_CLIENT"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends one request and reads the whole response. */
    @FunctionalInterface
    private interface Transport {
        Reply send(String method, String path, String body) throws Exception;
    }

    private Transport transport() {
        return jdk ? this::send : new RawConnection(root, "/api/v1", token);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LifecycleLoad BASE_URL TOKEN CLIENTS SECONDS [WARMUP_SECONDS]");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        if (!args[0].startsWith("http://127.0.0.1:") && !args[0].startsWith("http://localhost:")) {
            throw new IllegalArgumentException("loopback only: " + args[0]);
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            new LifecycleLoad(args[0], args[1], executor).run(executor, clients, seconds, warmup);
        }
    }

    private void run(ExecutorService executor, int clients, int seconds, int warmup) throws Exception {
        System.out.println("client: " + (jdk ? "java.net.http.HttpClient" : "keep-alive socket per client"));
        Transport setup = transport();
        Reply me = setup.send("GET", "/me", null);
        expect(me, 200, "GET /me");
        Reply graph = setup.send("POST", "/graphs", GRAPH);
        expect(graph, 201, "POST /graphs");
        String graphId = id(graph);
        System.out.println("user_id=" + id(me));
        System.out.println("graph_id=" + graphId);

        if (warmup > 0) {
            Result w = phase(executor, graphId, clients, warmup);
            System.out.printf("warmup: %d s, %d lifecycles, %d errors%n", warmup, w.lifecycles, w.errors);
        }
        CpuSnapshot.resetStatementCounts();
        CpuSnapshot before = CpuSnapshot.take();
        Result r = phase(executor, graphId, clients, seconds);
        CpuSnapshot after = CpuSnapshot.take();
        String rssAtEnd = CpuSnapshot.serverMemory("VmRSS");
        java.util.Set<String> benchPids = CpuSnapshot.benchBackends();
        double rate = r.lifecycles / r.seconds;
        System.out.printf("http: %d clients, %.1f s, %d lifecycles, %d errors%n", clients, r.seconds, r.lifecycles, r.errors);
        for (int s = 0; s < STEPS.length; s++) {
            long[] l = r.latencies[s];
            System.out.printf("  %-15s n=%-7d p50=%6.2f ms  p90=%6.2f ms  p99=%6.2f ms%n", STEPS[s], l.length,
                    pct(l, 50), pct(l, 90), pct(l, 99));
        }
        after.print(before, benchPids, r.seconds, r.lifecycles);
        long requests = Arrays.stream(r.latencies).mapToLong(l -> l.length).sum();
        System.out.printf("http_requests=%d%n", requests);
        System.out.printf("server_cpu_ms_per_request=%.3f%n", 1000 * (after.server - before.server) / Math.max(1, requests));
        System.out.printf("server_rss_mb_at_end=%s%n", rssAtEnd);
        System.out.printf("server_rss_mb_peak=%s%n", CpuSnapshot.serverMemory("VmHWM"));
        System.out.printf("http_requests_per_second=%.1f%n", rate * STEPS.length);
        System.out.printf("http_lifecycles_per_second=%.1f%n", rate);
        if (r.lifecycles == 0) {
            System.exit(1);
        }
    }

    private Result phase(ExecutorService executor, String graphId, int clients, int seconds) throws Exception {
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<Client>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(executor.submit(() -> new Client(graphId, end, errors).loop()));
        }
        long lifecycles = 0;
        List<List<long[]>> perStep = new ArrayList<>();
        for (int s = 0; s < STEPS.length; s++) {
            perStep.add(new ArrayList<>());
        }
        for (Future<Client> f : futures) {
            Client c = f.get();
            lifecycles += c.done;
            for (int s = 0; s < STEPS.length; s++) {
                perStep.get(s).add(Arrays.copyOf(c.lat[s], c.n[s]));
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[][] lat = new long[STEPS.length][];
        for (int s = 0; s < STEPS.length; s++) {
            lat[s] = perStep.get(s).stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
        return new Result(lifecycles, errors.get(), elapsed, lat);
    }

    private record Result(long lifecycles, long errors, double seconds, long[][] latencies) {
    }

    /** One client: lifecycles back to back until the deadline; a failed step abandons that lifecycle. */
    private final class Client {
        final String graphId;
        final long end;
        final AtomicLong errors;
        final Transport transport = transport();
        final long[][] lat = new long[STEPS.length][1024];
        final int[] n = new int[STEPS.length];
        long done;

        Client(String graphId, long end, AtomicLong errors) {
            this.graphId = graphId;
            this.end = end;
            this.errors = errors;
        }

        Client loop() {
            while (System.nanoTime() < end) {
                try {
                    if (lifecycle()) {
                        done++;
                    }
                } catch (Exception e) {
                    report("exception: " + e);
                }
            }
            return this;
        }

        boolean lifecycle() throws Exception {
            Reply r = step(0, "POST", "/graphs/" + graphId + "/executions", "{\"inputs\": {}}", 201);
            if (r == null) {
                return false;
            }
            String ex = id(r);
            String exPath = "/executions/" + ex;
            if (step(1, "POST", exPath + "/status", "{\"status\": \"running\"}", 200) == null) {
                return false;
            }
            r = step(2, "POST", exPath + "/node-executions", "{\"node_id\": \"in\", \"inputs\": {\"value\": 1}}", 201);
            if (r == null) {
                return false;
            }
            String nodePath = exPath + "/node-executions/" + id(r) + "/status";
            if (step(3, "POST", nodePath, "{\"status\": \"running\"}", 200) == null
                    || step(4, "POST", nodePath, "{\"status\": \"completed\", \"outputs\": {\"result\": 1}}", 200) == null) {
                return false;
            }
            r = step(5, "POST", exPath + "/status", "{\"status\": \"completed\", \"outputs\": {\"out\": 1}}", 200);
            return r != null && "completed".equals(status(r));
        }

        Reply step(int s, String method, String path, String body, int expected) throws Exception {
            long t0 = System.nanoTime();
            Reply r = transport.send(method, path, body);
            long t = System.nanoTime() - t0;
            if (n[s] == lat[s].length) {
                lat[s] = Arrays.copyOf(lat[s], n[s] * 2);
            }
            lat[s][n[s]++] = t;
            if (r.status != expected) {
                report(STEPS[s] + " " + method + " " + path + " -> " + r.status + " " + abbreviate(r.body));
                return null;
            }
            return r;
        }

        void report(String message) {
            if (errors.incrementAndGet() <= 5) {
                System.err.println("error: " + message);
            }
        }
    }

    /**
     * CPU seconds used so far by the machine (busy, and all), the server (pid in env BENCH_SERVER_PID), each
     * process named postgres (by pid; the postmaster's with its reaped children) and this driver; from /proc,
     * zero where unreadable. Postgres is reported twice: all of it, and the backends of the benchmark's own
     * database (pids from pg_stat_activity through psql at env BENCH_PSQL_URL), which other users do not touch.
     */
    private record CpuSnapshot(double busy, double total, double server, java.util.Map<String, Double> postgres,
                               double driver) {
        static final double HZ = 100.0;

        static CpuSnapshot take() {
            double busy = 0;
            double total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) {
                    double v = Double.parseDouble(f[i]) / HZ;
                    total += v;
                    if (i != 4 && i != 5) {
                        busy += v;
                    }
                }
            } catch (Exception ignored) {
                // not Linux: no machine figures
            }
            String pid = System.getenv("BENCH_SERVER_PID");
            double server = pid == null ? 0 : ticks(Path.of("/proc", pid, "stat"), 2);
            java.util.Map<String, Double> postgres = new java.util.HashMap<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> comm(p.resolve("stat")).equals("postgres"))
                        .forEach(p -> postgres.put(p.getFileName().toString(), ticks(p.resolve("stat"), 4)));
            } catch (Exception ignored) {
                // no /proc
            }
            double driver = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
            return new CpuSnapshot(busy, total, server, postgres, driver);
        }

        private static String comm(Path stat) {
            try {
                String s = Files.readString(stat);
                return s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
            } catch (Exception e) {
                return "";
            }
        }

        /** utime and stime, and with {@code fields} 4 also the times of reaped children. */
        private static double ticks(Path stat, int fields) {
            try {
                String s = Files.readString(stat);
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                double sum = 0;
                for (int i = 11; i < 11 + fields; i++) {
                    sum += Double.parseDouble(f[i]);
                }
                return sum / HZ;
            } catch (Exception e) {
                return 0;
            }
        }

        /**
         * With BENCH_RESET_STATEMENTS=1, as the measured phase starts (through BENCH_PSQL_URL): ANALYZE, so that the
         * plans are made for the tables the warm-up filled (as autovacuum would soon), then zeroes pg_stat_statements.
         */
        static void resetStatementCounts() {
            String url = System.getenv("BENCH_PSQL_URL");
            if (url == null || !"1".equals(System.getenv("BENCH_RESET_STATEMENTS"))) {
                return;
            }
            try {
                Process p = new ProcessBuilder("psql", "-X", "-qAt", url, "-c", "ANALYZE", "-c", "SELECT pg_stat_statements_reset()")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() != 0) {
                    System.err.println("warning: pg_stat_statements_reset() failed");
                }
            } catch (Exception e) {
                System.err.println("warning: pg_stat_statements_reset() failed: " + e);
            }
        }

        /** A memory field of the server's /proc status (VmRSS, VmHWM) in MB, or "?" when unreadable. */
        static String serverMemory(String field) {
            String pid = System.getenv("BENCH_SERVER_PID");
            try {
                for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                    if (line.startsWith(field + ":")) {
                        return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                    }
                }
            } catch (Exception ignored) {
                // not Linux, or no pid
            }
            return "?";
        }

        /** Pids of the backends connected to the benchmark's database now, or none without BENCH_PSQL_URL. */
        static java.util.Set<String> benchBackends() {
            String url = System.getenv("BENCH_PSQL_URL");
            if (url == null) {
                return java.util.Set.of();
            }
            try {
                Process p = new ProcessBuilder("psql", "-X", "-At", url, "-c",
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
                        .redirectErrorStream(true).start();
                java.util.Set<String> pids = new java.util.HashSet<>(
                        java.util.Arrays.asList(new String(p.getInputStream().readAllBytes()).trim().split("\\s+")));
                p.waitFor();
                return pids;
            } catch (Exception e) {
                return java.util.Set.of();
            }
        }

        private double postgresSince(CpuSnapshot before, java.util.Set<String> only) {
            double sum = 0;
            for (var e : postgres.entrySet()) {
                if (only == null || only.contains(e.getKey())) {
                    sum += e.getValue() - before.postgres.getOrDefault(e.getKey(), 0.0);
                }
            }
            return sum;
        }

        void print(CpuSnapshot before, java.util.Set<String> benchPids, double seconds, long lifecycles) {
            double n = Math.max(1, lifecycles);
            int cores = Runtime.getRuntime().availableProcessors();
            double srv = server - before.server;
            double pgAll = postgresSince(before, null);
            double pgBench = postgresSince(before, benchPids);
            double drv = driver - before.driver;
            double b = busy - before.busy;
            System.out.printf("cpu during the run: machine %.0f%% busy of %d cores; cores used: server %.2f, "
                            + "postgres %.2f (all databases %.2f), load driver %.2f, everything else %.2f%n",
                    100 * b / Math.max(1e-9, total - before.total), cores, srv / seconds, pgBench / seconds,
                    pgAll / seconds, drv / seconds, (b - srv - pgAll - drv) / seconds);
            System.out.printf("cpu per lifecycle: server %.2f ms, postgres %.2f ms, load driver %.2f ms%n",
                    1000 * srv / n, 1000 * pgBench / n, 1000 * drv / n);
            System.out.printf("cpu_ms_per_lifecycle=%.3f%n", 1000 * (srv + pgBench + drv) / n);
        }
    }

    private record Reply(int status, String body) {
    }

    /** One keep-alive HTTP/1.1 connection, blocking I/O (cheap on a virtual thread); reconnects when closed. */
    private static final class RawConnection implements Transport {
        private final InetSocketAddress address;
        private final String prefix;
        private final byte[] fixedHeaders;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        RawConnection(URI root, String prefix, String token) {
            this.address = new InetSocketAddress(root.getHost(), root.getPort());
            this.prefix = prefix;
            this.fixedHeaders = ("Host: " + root.getHost() + ":" + root.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public Reply send(String method, String path, String body) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                socket.connect(address, 5_000);
                in = new BufferedInputStream(socket.getInputStream(), 16384);
                out = socket.getOutputStream();
            }
            try {
                byte[] entity = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                StringBuilder head = new StringBuilder(128).append(method).append(' ').append(prefix).append(path)
                        .append(" HTTP/1.1\r\n");
                byte[] first = head.toString().getBytes(StandardCharsets.ISO_8859_1);
                String tail = (body == null ? "" : "Content-Type: application/json\r\n")
                        + "Content-Length: " + entity.length + "\r\n\r\n";
                byte[] last = tail.getBytes(StandardCharsets.ISO_8859_1);
                byte[] request = new byte[first.length + fixedHeaders.length + last.length + entity.length];
                int at = 0;
                for (byte[] part : new byte[][] {first, fixedHeaders, last, entity}) {
                    System.arraycopy(part, 0, request, at, part.length);
                    at += part.length;
                }
                out.write(request);
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Reply read() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.toLowerCase().contains("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
            byte[] entity;
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers are ignored
                }
                entity = all.toByteArray();
            } else if (length >= 0) {
                entity = in.readNBytes((int) length);
                if (entity.length < length) {
                    throw new EOFException("response body cut short");
                }
            } else {
                entity = in.readAllBytes();
                close = true;
            }
            if (close) {
                close();
            }
            return new Reply(code, new String(entity, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    private Reply send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(res.statusCode(), res.body());
    }

    private static void expect(Reply r, int status, String what) {
        if (r.status != status) {
            throw new IllegalStateException(what + " answered " + r.status + ": " + abbreviate(r.body));
        }
    }

    private static String id(Reply r) {
        Matcher m = ID.matcher(r.body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + abbreviate(r.body));
        }
        return m.group(1);
    }

    private static String status(Reply r) {
        Matcher m = STATUS.matcher(r.body);
        return m.find() ? m.group(1) : null;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
