package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceExecutionsHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerApiConformanceExecutionsHttpTest extends ApiConformanceExecutionsHttpTest {
    PgBouncerApiConformanceExecutionsHttpTest(Http1Client client) {
        super(client);
    }
}
