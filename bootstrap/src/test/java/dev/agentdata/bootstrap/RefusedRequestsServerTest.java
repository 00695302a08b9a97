package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the real server refuses is a problem document with X-Request-Id: a method an endpoint beside the API does
 * not serve (405 with Allow, not 404), metrics in no format they have (406), and what Helidon refuses before
 * routing (414, 431, a bad percent-encoding).
 */
class RefusedRequestsServerTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of("STORAGE", "memory", "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", ServerTest.SECRET))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void notAllowed(String method, String path, String allow) throws Exception {
        HttpResponse<String> response = send(method, path);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).contains(allow);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("x-request-id")).isPresent();
        if (!method.equals("HEAD")) {
            assertThat(response.body()).contains("\"status\":405");
        }
    }

    /** Sends {@code head} (request line and headers, blank line included) as bytes; the answer's head and body. */
    private static String sendRaw(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (!answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.write(b);
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            int length = text.toLowerCase().indexOf("content-length:");
            if (length >= 0) {
                int end = text.indexOf("\r\n", length);
                answer.writeBytes(in.readNBytes(Integer.parseInt(text.substring(length + 15, end).trim())));
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void problem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json", "x-request-id: ");
        assertThat(answer).contains("\"status\":" + status);
    }

    @Test
    void otherMethods_onTheEndpointsBesideTheApi_are405WithAllow() throws Exception {
        notAllowed("PUT", "/openapi", "GET");
        notAllowed("HEAD", "/openapi", "GET");
        notAllowed("POST", "/docs", "GET");
        notAllowed("POST", "/observe/metrics", "GET, OPTIONS");
        notAllowed("DELETE", "/observe/metrics/application", "GET, OPTIONS");
        notAllowed("DELETE", "/observe/health", "GET, HEAD");
        notAllowed("POST", "/observe/health/ready", "GET, HEAD");
    }

    private static HttpResponse<String> metrics(String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/observe/metrics"))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsInNoFormatTheyHave_are406Problem() throws Exception {
        HttpResponse<String> html = metrics("text/html");
        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(html.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(html.headers().firstValue("x-request-id")).isPresent();
        assertThat(metrics("application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentInNoFormatItHas_is406Problem_notA404() throws Exception {
        for (String accept : List.of("application/xml", "text/html")) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/openapi")).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(accept).isEqualTo(406);
            assertThat(r.headers().firstValue("content-type")).contains("application/problem+json");
            assertThat(r.headers().firstValue("x-request-id")).isPresent();
        }
        HttpResponse<String> json = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/openapi?format=JSON")).header("Accept", "application/xml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/openapi").statusCode()).isEqualTo(200);
    }

    @Test
    void theMethodsTheyServe_stillAnswer_andUnknownPathsStay404() throws Exception {
        assertThat(send("GET", "/openapi").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/observe/health").statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/observe/health/live").statusCode()).isIn(200, 204);
        assertThat(send("GET", "/observe/metrics").statusCode()).isEqualTo(200);
        assertThat(send("OPTIONS", "/observe/metrics").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/observe/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aTenKilobyteQuery_is414_headersOverTheLimit_431_aBadPercentEncoding_400() throws IOException {
        problem(sendRaw("GET /api/v1/graphs?q=" + "a".repeat(10 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
        problem(sendRaw("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(20_000) + "\r\n\r\n"), 431);
        problem(sendRaw("GET /api/v1/graphs/%zz HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    }
}
