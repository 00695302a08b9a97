package dev.agentdata.adapter.http;

import java.time.Clock;
import java.time.ZoneOffset;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;

/** Builds the server under test the way bootstrap does, on a small body limit. */
final class HttpApiTestServer {
    static final long LIMIT = 64 * 1024;

    private HttpApiTestServer() {
    }

    static HttpApi api(TestApiServices services) {
        return services.api(new HttpSettings(Tokens.SECRET, LIMIT, Clock.fixed(FakeUseCases.NOW.plusSeconds(10), ZoneOffset.UTC)));
    }

    static void server(HttpApi api, WebServerConfig.Builder server) {
        server.maxPayloadSize(api.settings().maxPayloadBytes())
                .mediaContext(api.mediaContext())
                .directHandlers(api.directHandlers())
                .errorHandling(api.errorHandling());
    }

    static void routing(HttpApi api, HttpRouting.Builder routing) {
        api.register(routing);
    }
}
