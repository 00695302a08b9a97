package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceGraphsHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiConformanceGraphsHttpTest extends ApiConformanceGraphsHttpTest {
    PostgresApiConformanceGraphsHttpTest(Http1Client client) {
        super(client);
    }
}
