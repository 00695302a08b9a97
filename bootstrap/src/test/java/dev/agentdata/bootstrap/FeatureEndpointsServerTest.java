package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health, metrics, the OpenAPI document and its page answer their methods; any other is a 405 problem with Allow. */
class FeatureEndpointsServerTest {
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

    @Test
    void otherMethods_on_theOpenApiDocumentHealthAndMetrics_are405WithAllow() throws Exception {
        notAllowed("PUT", "/openapi", "GET");
        notAllowed("HEAD", "/openapi", "GET");
        notAllowed("POST", "/docs", "GET");
        notAllowed("POST", "/observe/metrics", "GET, OPTIONS");
        notAllowed("DELETE", "/observe/metrics/application", "GET, OPTIONS");
        notAllowed("DELETE", "/observe/health", "GET, HEAD");
        notAllowed("POST", "/observe/health/ready", "GET, HEAD");
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
}
