package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link MemoryEndToEndHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresEndToEndHttpTest extends MemoryEndToEndHttpTest {
    PostgresEndToEndHttpTest(Http1Client client) {
        super(client);
    }
}
