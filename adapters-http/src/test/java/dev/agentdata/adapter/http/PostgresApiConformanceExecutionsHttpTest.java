package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceExecutionsHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiConformanceExecutionsHttpTest extends ApiConformanceExecutionsHttpTest {
    PostgresApiConformanceExecutionsHttpTest(Http1Client client) {
        super(client);
    }
}
