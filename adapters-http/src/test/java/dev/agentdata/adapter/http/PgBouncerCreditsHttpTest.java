package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link CreditsHttpTest}'s tests on Postgres through PgBouncer in transaction pooling mode. */
@OnPgBouncer
class PgBouncerCreditsHttpTest extends CreditsHttpTest {
    PgBouncerCreditsHttpTest(Http1Client client) {
        super(client);
    }
}
