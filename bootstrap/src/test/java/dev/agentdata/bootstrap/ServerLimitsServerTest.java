package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's own limits, shown with raw sockets: half a request (headers or body) is closed after
 * {@code SERVER_READ_TIMEOUT}, 200 of them too; headers over {@code SERVER_MAX_HEADER_SIZE} are 431; connections past
 * {@code SERVER_MAX_CONNECTIONS} are not served until one closes.
 */
class ServerLimitsServerTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private final List<RunningServer> servers = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        servers.forEach(RunningServer::close);
    }

    private RunningServer start(String maxConnections) {
        RunningServer server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of("STORAGE", "memory",
                "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", ServerTest.SECRET,
                "SERVER_READ_TIMEOUT", READ_TIMEOUT.toSeconds() + "s", "SERVER_MAX_HEADER_SIZE", "8KiB",
                "SERVER_MAX_CONNECTIONS", maxConnections, "EXECUTIONS_SWEEPER_ENABLED", "false"))));
        servers.add(server);
        return server;
    }

    private Socket open(RunningServer server) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        sockets.add(s);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads until the server closes the connection or {@code wait} passes; returns what arrived, or null if open. */
    private static String untilClosed(Socket s, Duration wait) throws IOException {
        s.setSoTimeout((int) wait.toMillis());
        InputStream in = s.getInputStream();
        StringBuilder got = new StringBuilder();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            return got.toString();
        } catch (SocketTimeoutException stillOpen) {
            return null;
        } catch (IOException reset) {
            return got.toString();
        }
    }

    private static String token() {
        return new TokenMinter(ServerTest.SECRET).mint(UUID.randomUUID(), "limits@example.org", null, false,
                Instant.now(), Duration.ofMinutes(5));
    }

    @Test
    void givenHalfTheHeaders_theConnectionIsClosedAfterTheReadTimeout() throws IOException {
        RunningServer server = start("10000");
        Socket s = open(server);
        send(s, "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ");
        long start = System.nanoTime();

        assertThat(untilClosed(s, READ_TIMEOUT.plusSeconds(3))).as("closed by the server").isNotNull();

        Duration open = Duration.ofNanos(System.nanoTime() - start);
        assertThat(open).isBetween(READ_TIMEOUT.minusMillis(500), READ_TIMEOUT.plusSeconds(2));
    }

    @Test
    void givenHalfTheBody_theConnectionIsClosedAfterTheReadTimeout() throws IOException {
        RunningServer server = start("10000");
        Socket s = open(server);
        send(s, "POST /api/v1/credits/top-up HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"amount\": 5, ");

        assertThat(untilClosed(s, READ_TIMEOUT.plusSeconds(3))).as("closed by the server").isNotNull();
    }

    @Test
    void given200HalfRequests_allAreClosedInTime_andTheServerStillAnswers() throws Exception {
        RunningServer server = start("10000");
        List<Socket> half = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket s = open(server);
            send(s, "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            half.add(s);
        }
        long deadline = System.nanoTime() + READ_TIMEOUT.plusSeconds(4).toNanos();

        for (Socket s : half) {
            Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
            assertThat(untilClosed(s, left)).as("closed within the read timeout plus 4 s").isNotNull();
        }
        Socket fresh = open(server);
        send(fresh, "GET /observe/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(untilClosed(fresh, Duration.ofSeconds(5))).startsWith("HTTP/1.1 200");
    }

    /** 10 KiB of headers pass Helidon's default of 16 KiB: refusing them shows the setting applies. */
    @Test
    void headersOverTheConfiguredLimit_are431_andUnderItAreServed() throws IOException {
        RunningServer server = start("10000");
        Socket small = open(server);
        send(small, "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "a".repeat(6 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        Socket large = open(server);
        send(large, "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "a".repeat(10 * 1024)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(untilClosed(small, Duration.ofSeconds(5))).startsWith("HTTP/1.1 401");
        assertThat(untilClosed(large, Duration.ofSeconds(5))).startsWith("HTTP/1.1 431");
    }

    @Test
    void connectionsPastTheLimit_areNotServed_untilOneCloses() throws IOException {
        RunningServer server = start("20");
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            held.add(open(server));
        }
        Socket extra = open(server);
        send(extra, "GET /observe/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(untilClosed(extra, Duration.ofMillis(700))).as("not served while 20 are open").isNull();

        held.getFirst().close();
        assertThat(untilClosed(extra, Duration.ofSeconds(5))).startsWith("HTTP/1.1 200");
    }
}
