package dev.agentdata.adapter.http;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;

/** {@link UnicodeTextHttpTest}'s tests on Postgres: the same text in, the same text out, the same refusals. */
@OnPostgres
class PostgresUnicodeTextHttpTest extends UnicodeTextHttpTest {
    PostgresUnicodeTextHttpTest(Http1Client client, WebServer server) {
        super(client, server);
    }
}
