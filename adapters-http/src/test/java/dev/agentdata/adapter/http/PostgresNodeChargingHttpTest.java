package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link NodeChargingHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresNodeChargingHttpTest extends NodeChargingHttpTest {
    PostgresNodeChargingHttpTest(Http1Client client) {
        super(client);
    }
}
