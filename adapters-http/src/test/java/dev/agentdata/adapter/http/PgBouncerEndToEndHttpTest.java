package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link MemoryEndToEndHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerEndToEndHttpTest extends MemoryEndToEndHttpTest {
    PgBouncerEndToEndHttpTest(Http1Client client) {
        super(client);
    }
}
