package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.observe.AccessLog;

/**
 * Requests Helidon refuses before routing (request line or headers too large, bad percent-encoding, unparseable
 * request line, body over the limit) are problem documents with {@code X-Request-Id}, whose id is in the access log.
 */
@StorageServer(StorageServer.Settings.TEST_SERVER)
class TransportProblemsHttpTest {
    private final RawHttp raw;
    private final String auth = "Bearer " + Tokens.valid(UUID.randomUUID());
    private final List<String> access = new CopyOnWriteArrayList<>();
    private final Logger accessLogger = Logger.getLogger(AccessLog.LOGGER);
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            access.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    TransportProblemsHttpTest(WebServer server) {
        this.raw = new RawHttp(server.port());
    }

    @BeforeEach
    void listen() {
        accessLogger.addHandler(collect);
    }

    @AfterEach
    void stopListening() {
        accessLogger.removeHandler(collect);
    }

    /** The answer is a problem document with {@code status}, an {@code X-Request-Id} and an access line carrying it. */
    private JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://agentdata.dev/problems/");
        assertThat(problem.get("title").isTextual()).isTrue();
        assertThat(answer.body()).doesNotContain("Exception", "java.", "Helidon", "Header size exceeded");
        String id = answer.header("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(access).anySatisfy(line -> assertThat(line).contains("status=" + status, "request_id=" + id));
        return problem;
    }

    @Test
    void aTenKilobyteQueryString_is414Problem() {
        String target = "/api/v1/graphs?q=" + "a".repeat(10 * 1024);

        RawHttp.Answer answer = raw.send("GET", target, Map.of("Authorization", auth), null);
        problem(answer, 414);
        documented("GET", target, answer);
        assertThat(access).allSatisfy(line -> assertThat(line.length()).isLessThan(600));
    }

    @Test
    void aMalformedPercentEncoding_is400Problem_withAFreshRequestId() {
        // Helidon refuses the request line before it reads the headers: the client's id is not known yet
        RawHttp.Answer answer = raw.send("GET", "/api/v1/graphs/%zz", Map.of("Authorization", auth,
                "X-Request-Id", "probe-zz-1"), null);

        problem(answer, 400);
        documented("GET", "/api/v1/graphs/%zz", answer);
        assertThat(answer.header("X-Request-Id")).isNotEqualTo("probe-zz-1");
    }

    @Test
    void headersOverTheLimit_are431Problem() {
        RawHttp.Answer answer = raw.send("GET", "/api/v1/me", Map.of("Authorization", auth, "X-Padding",
                "p".repeat(20_000)), null);
        problem(answer, 431);
        documented("GET", "/api/v1/me", answer);
    }

    @Test
    void aBodyOverTheLimit_whereTheOperationTakesNone_is413Problem_andDocumentedThere() {
        byte[] big = new byte[(int) HttpApiTestServer.LIMIT + 10];
        java.util.Arrays.fill(big, (byte) ' ');

        RawHttp.Answer answer = raw.send("GET", "/api/v1/graphs", Map.of("Authorization", auth), big);

        problem(answer, 413);
        documented("GET", "/api/v1/graphs", answer);
    }

    /** The OpenAPI document lists the status for the operation (found by the fuzzer: 413/414/431/400 were not). */
    private static void documented(String method, String target, RawHttp.Answer answer) {
        Http.Resp resp = new Http.Resp(answer.status(), answer.header("Content-Type"), answer.headers(), answer.body(),
                null);
        assertThat(OpenApiContract.served().violations(method, target, resp)).isEmpty();
    }

    @Test
    void aBodyOverTheLimit_is413Problem_declaredOrChunked() {
        byte[] big = ("{\"name\":\"" + "x".repeat((int) HttpApiTestServer.LIMIT + 10) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> json = Map.of("Authorization", auth, "Content-Type", "application/json",
                "X-Request-Id", "big-body-1");

        RawHttp.Answer declared = raw.send("POST", "/api/v1/graphs", json, big);
        problem(declared, 413);
        assertThat(declared.header("X-Request-Id")).isEqualTo("big-body-1");

        String head = "POST /api/v1/graphs HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] chunk = (Integer.toHexString(big.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = concat(head.getBytes(StandardCharsets.US_ASCII), chunk, big,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer chunked = raw.sendUntilClosed(request);
        problem(chunked, 413);
        assertThat(chunked.after()).as("the rest of the body is not read as another request").isEmpty();
    }

    @Test
    void anUnparseableRequestLine_orNoHost_is400Problem() {
        problem(raw.send("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), 400);
        problem(raw.send("GET /api/v1/me HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                400);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
