package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** The owner's submission edit and delete need a bearer token: an API key, whatever its permissions, gets 403. */
@ServerTest
class StoreSubmissionChangesApiKeyHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(java.time.Clock.systemUTC(), TestStorage.memory()));
    private final Http http;

    StoreSubmissionChangesApiKeyHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        HttpApiTestServer.server(API, server);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApiTestServer.routing(API, routing);
    }

    @Test
    void apiKeyWithEveryPermission_patchAndDelete_are403() {
        String u = Tokens.valid(UUID.randomUUID());
        Http.Resp created = http.call(Method.POST, "/api/v1/api-keys", u,
                Map.of("name", "ci", "permissions", List.of("read_graph", "execute_graph", "read_block")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Map<String, String> viaKey = Map.of("X-API-Key", created.json().get("key").asText());
        String path = "/api/v1/store/submissions/" + UUID.randomUUID();
        for (Http.Resp r : List.of(http.call(Method.PATCH, path, viaKey, Map.of("name", "x")),
                http.call(Method.DELETE, path, viaKey, null))) {
            assertThat(r.status()).as(r.raw()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }
}
