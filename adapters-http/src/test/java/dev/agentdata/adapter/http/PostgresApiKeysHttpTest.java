package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiKeysHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresApiKeysHttpTest extends ApiKeysHttpTest {
    PostgresApiKeysHttpTest(Http1Client client) {
        super(client);
    }
}
