package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;

/** {@link ApiConformanceEventsHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiConformanceEventsHttpTest extends ApiConformanceEventsHttpTest {
    PostgresApiConformanceEventsHttpTest(Http1Client client, WebServer server) {
        super(client, server);
    }
}
