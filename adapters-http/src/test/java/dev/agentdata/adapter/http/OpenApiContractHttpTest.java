package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

/**
 * The test client judges every answer by the OpenAPI document: a document that says something the server does not
 * do (here a deliberately wrong copy of the served one) fails the request's test with a message naming the rule.
 */
@StorageServer
class OpenApiContractHttpTest {
    private final Http1Client client;
    private final String token = Tokens.valid(UUID.randomUUID());

    OpenApiContractHttpTest(Http1Client client) {
        this.client = client;
    }

    /** The served document with {@code wrong} where it says {@code right} (which must appear exactly once). */
    private static OpenApiContract servedWith(String right, String wrong) {
        String served = OpenApiContract.readResource();
        assertThat(served.split(java.util.regex.Pattern.quote(right), -1)).as("occurrences of %s", right).hasSize(2);
        return OpenApiContract.of(served.replace(right, wrong));
    }

    @Test
    void theServedDocument_acceptsTheAnswer() {
        Http.Resp me = new Http(client).call(Method.GET, "/api/v1/me", token, null);

        assertThat(me.status()).isEqualTo(200);
    }

    @Test
    void aWrongFieldType_failsWithTheFieldAndTheRule() {
        Http http = new Http(client, servedWith("email_verified: {type: boolean}", "email_verified: {type: string}"));

        assertThatThrownBy(() -> http.call(Method.GET, "/api/v1/me", token, null))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("GET /api/v1/me -> 200 breaks the OpenAPI document")
                .hasMessageContaining("body /email_verified: boolean found, string expected");
    }

    @Test
    void aFieldTheSchemaDoesNotName_fails_evenInsideANestedObject() {
        Http topLevel = new Http(client, servedWith(
                "        timezone: {type: string, description: IANA zone id, example: UTC}\n", ""));
        Http nested = new Http(client, servedWith("        notify_on_agent_rejected: {type: boolean, default: true}\n",
                ""));

        assertThatThrownBy(() -> topLevel.call(Method.GET, "/api/v1/me", token, null))
                .hasMessageContaining("body /: field 'timezone' is not in the document");
        assertThatThrownBy(() -> nested.call(Method.GET, "/api/v1/me", token, null))
                .hasMessageContaining("body /notification_preferences: field 'notify_on_agent_rejected' is not in");
    }

    @Test
    void anUndocumentedStatus_failsWithTheDocumentedOnes() {
        Http http = new Http(client, servedWith("\"200\": {description: The user, content",
                "\"299\": {description: The user, content"));

        assertThatThrownBy(() -> http.call(Method.GET, "/api/v1/me", token, null))
                .hasMessageContaining("status 200 is not documented (documented: 299, 400, 401, 403");
    }

    @Test
    void anUndocumentedContentType_fails() {
        Http http = new Http(client, servedWith(
                "\"200\": {description: The preferences, content: {application/json:",
                "\"200\": {description: The preferences, content: {application/xml:"));

        assertThatThrownBy(() -> http.call(Method.GET, "/api/v1/me/preferences", token, null))
                .hasMessageContaining("content type 'application/json' is not documented")
                .hasMessageContaining("(documented: application/xml)");
    }

    @Test
    void aMissingRequiredHeader_fails_andAWrongHeaderValueToo() {
        String location = "Location: {description: \"`/api/v1/graphs/{id}`\", schema: {type: string}}";
        Map<String, Object> graph = ConformanceFixtures.runnable("etag");
        Http missing = new Http(client, servedWith(location,
                location + "\n            X-Graph-Etag: {required: true, schema: {type: string}}"));
        Http wrongType = new Http(client, servedWith(location,
                "Location: {description: \"`/api/v1/graphs/{id}`\", schema: {type: string, pattern: \"^/nowhere/\"}}"));

        assertThatThrownBy(() -> missing.call(Method.POST, "/api/v1/graphs", token, graph))
                .hasMessageContaining("header X-Graph-Etag is required but missing");
        assertThatThrownBy(() -> wrongType.call(Method.POST, "/api/v1/graphs", token, graph))
                .hasMessageContaining("header Location:");
    }

    @Test
    void requestsTheDocumentHasNoOperationFor_areNotJudged() {
        Http http = new Http(client);

        assertThat(http.call(Method.GET, "/api/v1/nowhere", token, null).status()).isEqualTo(404);
        assertThat(http.call(Method.PUT, "/api/v1/me", token, Map.of()).status()).isEqualTo(405);
    }
}
