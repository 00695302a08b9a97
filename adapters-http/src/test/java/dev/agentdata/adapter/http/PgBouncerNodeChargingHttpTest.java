package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link NodeChargingHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerNodeChargingHttpTest extends NodeChargingHttpTest {
    PgBouncerNodeChargingHttpTest(Http1Client client) {
        super(client);
    }
}
