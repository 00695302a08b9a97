package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;

/** {@link NulCharacterHttpTest}'s tests on Postgres. */
@OnPostgres
class PostgresNulCharacterHttpTest extends NulCharacterHttpTest {
    PostgresNulCharacterHttpTest(Http1Client client) {
        super(client);
    }
}
