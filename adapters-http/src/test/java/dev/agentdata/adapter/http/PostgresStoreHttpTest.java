package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link StoreHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresStoreHttpTest extends StoreHttpTest {
    PostgresStoreHttpTest(Http1Client client) {
        super(client);
    }
}
