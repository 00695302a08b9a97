package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link ApiKeysHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerApiKeysHttpTest extends ApiKeysHttpTest {
    PgBouncerApiKeysHttpTest(Http1Client client) {
        super(client);
    }
}
