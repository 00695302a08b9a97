package dev.agentdata.adapter.http;

import java.time.Clock;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;

/** The HTTP API over the real services on one test storage, served on a free local port; stopping releases the storage. */
record TestServer(TestStorage storage, WebServer server, Http1Client client) implements AutoCloseable {

    static TestServer start(TestStorage storage, StorageServer.Settings settings, Clock clock) {
        try {
            HttpApi api = api(settings, ServiceWiring.on(clock, storage));
            WebServerConfig.Builder config = WebServer.builder().host("127.0.0.1").port(0);
            HttpApiTestServer.server(api, config);
            HttpRouting.Builder routing = HttpRouting.builder();
            HttpApiTestServer.routing(api, routing);
            WebServer server = config.routing(routing).build().start();
            Http1Client client = Http1Client.builder().baseUri("http://127.0.0.1:" + server.port()).build();
            return new TestServer(storage, server, client);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    private static HttpApi api(StorageServer.Settings settings, TestApiServices services) {
        return switch (settings) {
            case DEFAULTS -> services.api(new HttpSettings(Tokens.SECRET, HttpSettings.DEFAULT_MAX_PAYLOAD_BYTES,
                    Clock.systemUTC()));
            case TEST_SERVER -> HttpApiTestServer.api(services);
        };
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            storage.close();
        }
    }
}
