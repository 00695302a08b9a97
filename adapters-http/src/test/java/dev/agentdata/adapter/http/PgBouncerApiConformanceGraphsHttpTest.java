package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiConformanceGraphsHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerApiConformanceGraphsHttpTest extends ApiConformanceGraphsHttpTest {
    PgBouncerApiConformanceGraphsHttpTest(Http1Client client) {
        super(client);
    }
}
