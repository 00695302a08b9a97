package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link StoreHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerStoreHttpTest extends StoreHttpTest {
    PgBouncerStoreHttpTest(Http1Client client) {
        super(client);
    }
}
