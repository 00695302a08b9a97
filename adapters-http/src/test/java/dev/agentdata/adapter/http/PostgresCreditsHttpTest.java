package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link CreditsHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresCreditsHttpTest extends CreditsHttpTest {
    PostgresCreditsHttpTest(Http1Client client) {
        super(client);
    }
}
