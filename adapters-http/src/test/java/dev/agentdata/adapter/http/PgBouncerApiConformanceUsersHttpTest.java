package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceUsersHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerApiConformanceUsersHttpTest extends ApiConformanceUsersHttpTest {
    PgBouncerApiConformanceUsersHttpTest(Http1Client client) {
        super(client);
    }
}
