package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

/**
 * Text is Unicode scalar values, the same on every storage: valid text reads back identically from columns and JSON
 * documents, and what is not valid (bytes that are not UTF-8, escaped unpaired surrogates, percent-encodings of
 * either) is refused before it reaches a storage: 400 with the path in bodies and queries, 404 in a slug.
 */
@StorageServer
class UnicodeTextHttpTest {
    /** Valid text a lenient decoder or a storage could alter: astral, combining, BOM, U+FFFD, noncharacters, edges. */
    static final String TRICKY = "emoji \uD83D\uDE00 e\u0301 \uFFFD \uFEFF \uFFFF \uDBFF\uDFFF \u6F22\u5B57 "
            + "\u05E9\u05DC\u05D5\u05DD \u0080 \u07FF \u0800 tab\tnewline\n";
    /** Byte sequences that are not UTF-8: overlong, encoded surrogates, past U+10FFFF, truncated, stray bytes. */
    static final List<String> NOT_UTF8 = List.of("c0af", "e080af", "eda080", "edbfbf", "f4908080", "f5808080",
            "e282", "80", "ff", "f09f98");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Http http;
    private final RawHttp raw;

    UnicodeTextHttpTest(Http1Client client, WebServer server) {
        this.http = new Http(client);
        this.raw = new RawHttp(server.port());
    }

    private RawHttp.Answer call(String method, String target, String token, byte[] body) {
        Map<String, String> headers = body == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        return raw.send(method, target, headers, body);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code before}, the raw bytes {@code hex}, {@code after}. */
    private static byte[] withBytes(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(before));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }

    private static JsonNode ok(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer.json();
    }

    private static List<String> problemPaths(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        List<String> paths = new ArrayList<>();
        answer.json().path("errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }

    @Test
    void validText_readsBackIdentically_fromColumnsAndJsonDocuments() {
        String token = ConformanceFixtures.user();
        ok(call("PATCH", "/api/v1/me", token, utf8(json(Map.of("name", TRICKY,
                "metadata", Map.of(TRICKY, List.of(TRICKY, Map.of("k", TRICKY))))))), 200);
        JsonNode me = ok(call("GET", "/api/v1/me", token, null), 200);
        assertThat(me.get("name").asText()).isEqualTo(TRICKY);
        assertThat(me.get("metadata").get(TRICKY).get(0).asText()).isEqualTo(TRICKY);
        assertThat(me.get("metadata").get(TRICKY).get(1).get("k").asText()).isEqualTo(TRICKY);

        String pairedEscapes = "{\"name\": \"pair \\ud83d\\ude00 max \\udbff\\udfff\"}";
        assertThat(ok(call("PATCH", "/api/v1/me", token, utf8(pairedEscapes)), 200).get("name").asText())
                .isEqualTo("pair \uD83D\uDE00 max \uDBFF\uDFFF");

        String graph = createGraph(http, token, runnable(TRICKY)).get("id").asText();
        assertThat(ok(call("GET", "/api/v1/graphs/" + graph, token, null), 200).get("name").asText()).isEqualTo(TRICKY);
        String execution = ok(call("POST", "/api/v1/graphs/" + graph + "/executions", token,
                utf8(json(Map.of("inputs", Map.of(TRICKY, TRICKY))))), 201).get("id").asText();
        assertThat(ok(call("GET", "/api/v1/executions/" + execution, token, null), 200).get("inputs").get(TRICKY)
                .asText()).isEqualTo(TRICKY);
    }

    @Test
    void bytesThatAreNotUtf8_inAValueOrAKey_are400_andNothingIsStored() {
        String token = ConformanceFixtures.user();
        String name = ok(call("GET", "/api/v1/me", token, null), 200).get("name").asText();
        for (String hex : NOT_UTF8) {
            assertThat(call("PATCH", "/api/v1/me", token, withBytes("{\"name\": \"a", hex, "b\"}")).status())
                    .as(hex).isEqualTo(400);
            assertThat(call("PATCH", "/api/v1/me", token, withBytes("{\"metadata\": {\"k", hex, "\": 1}}")).status())
                    .as(hex).isEqualTo(400);
            assertThat(call("PATCH", "/api/v1/me", token, withBytes("{\"name\": \"ab\"}", hex, "")).status())
                    .as(hex).isEqualTo(400);
        }
        JsonNode me = ok(call("GET", "/api/v1/me", token, null), 200);
        assertThat(me.get("name").asText()).isEqualTo(name);
        assertThat(me.get("metadata").isEmpty()).isTrue();
    }

    @Test
    void escapedUnpairedSurrogates_inValuesAndKeysAtAnyDepth_are400WithEveryPath() {
        String token = ConformanceFixtures.user();
        String body = "{\"name\": \"\\ud800\", \"metadata\": {\"deep\": {\"list\": [\"ok\", \"x\\udc00\", "
                + "\"\\ude00\\ud83d\"]}, \"k\\udbff\": 1}}";

        List<String> paths = problemPaths(call("PATCH", "/api/v1/me", token, utf8(body)), 400);

        assertThat(paths).contains("name", "metadata.deep.list[1]", "metadata.deep.list[2]").hasSize(4);
        assertThat(paths).anySatisfy(p -> assertThat(p).startsWith("metadata.k"));
        assertThat(ok(call("GET", "/api/v1/me", token, null), 200).get("metadata").isEmpty()).isTrue();
    }

    @Test
    void queryParameters_mustDecodeToValidText_slugsThatCannotAre404() {
        String token = ConformanceFixtures.user();
        for (String hex : NOT_UTF8) {
            String encoded = hex.replaceAll("(..)", "%$1");
            assertThat(problemPaths(call("GET", "/api/v1/store/listings?q=a" + encoded + "&category=" + encoded
                    + "&cursor=" + encoded, token, null), 400)).as(hex)
                    .containsExactlyInAnyOrder("q", "category", "cursor");
            assertThat(call("GET", "/api/v1/store/listings/slug" + encoded, token, null).status()).as(hex)
                    .isEqualTo(404);
            assertThat(call("POST", "/api/v1/store/listings/slug" + encoded + "/reviews", token,
                    utf8("{\"score\": 3}")).status()).as(hex).isEqualTo(404);
        }
        assertThat(call("GET", "/api/v1/store/listings?q=%F0%9F%98%80%EF%BF%BD&category=%E6%BC%A2", token, null)
                .status()).isEqualTo(200);
    }
}
