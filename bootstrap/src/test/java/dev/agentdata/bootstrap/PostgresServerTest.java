package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on the external Postgres named by TEST_DATABASE_URL, in a fresh schema (skipped without it). */
class PostgresServerTest {
    private static final String SECRET = "pg-server-test-secret-pg-server-test-0123";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static FreshSchemaServer server;

    @BeforeAll
    static void start() {
        server = FreshSchemaServer.start("boot_test_", SECRET, Map.of("DB_CONNECTION_LIMIT", "3"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        String token = new TokenMinter(SECRET).mint(UUID.fromString("6b3a7c1e-0000-4000-8000-00000000000b"),
                "pg@example.org", null, false, Instant.now(), Duration.ofMinutes(5));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readiness_includesTheDatabase() throws Exception {
        HttpResponse<String> response = send("GET", "/observe/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"database\",\"status\":\"UP\"");
    }

    @Test
    void startLine_namesHostDatabaseAndSchema_neverThePassword() {
        assertThat(server.server().wiring().storage().description())
                .matches("external postgres at [^ ]+:\\d+/[^ ]+, schema " + server.schema())
                .doesNotContain("password");
    }

    @Test
    void metrics_includeThePoolGauges() throws Exception {
        assertThat(send("GET", "/observe/metrics", null).body()).contains("agentdata_db_pool_active",
                "agentdata_db_pool_pending", "agentdata_db_pool_max", "agentdata_db_pool_timeouts_total");
    }

    @Test
    void meAndBlocks_answerFromPostgres() throws Exception {
        assertThat(send("GET", "/api/v1/me", null).body()).contains("\"email\":\"pg@example.org\"");
        assertThat(send("GET", "/api/v1/blocks", null).statusCode()).isEqualTo(200);
    }
}
