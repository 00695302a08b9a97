package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;

/** {@link ApiConformanceBodiesHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiConformanceBodiesHttpTest extends ApiConformanceBodiesHttpTest {
    PostgresApiConformanceBodiesHttpTest(Http1Client client, WebServer server) {
        super(client, server);
    }
}
