package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceUsersHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiConformanceUsersHttpTest extends ApiConformanceUsersHttpTest {
    PostgresApiConformanceUsersHttpTest(Http1Client client) {
        super(client);
    }
}
