package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.domain.graph.BuiltInBlocks;

/**
 * One scripted session over every feature, run against memory and Postgres side by side: each response must be
 * the same on both (status and body), once ids, timestamps, cursors, durations and key secrets are replaced by
 * placeholders and object fields sorted (Postgres jsonb keeps its own key order).
 */
class StorageParityHttpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile(ConformanceFixtures.TIMESTAMP);
    private static TestServer memory;
    private static TestServer postgres;

    /** One request of the script: who sends it, and which response values later steps refer to as {name}. */
    private record Step(String user, Method method, String path, Object body, Map<String, String> capture) {
    }

    /** What a storage answered, normalised. */
    private record Observed(int status, String body) {
    }

    @BeforeAll
    static void start() {
        memory = TestServer.start(TestStorage.memory(), StorageServer.Settings.DEFAULTS, Clock.systemUTC());
        postgres = TestServer.start(TestStorage.postgres(), StorageServer.Settings.DEFAULTS, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        memory.close();
        postgres.close();
    }

    @Test
    void aSessionOverEveryFeature_getsTheSameAnswersFromMemoryAndPostgres() {
        Session onMemory = new Session(new Http(memory.client()));
        Session onPostgres = new Session(new Http(postgres.client()));
        List<Step> script = script();
        for (int i = 0; i < script.size(); i++) {
            Step step = script.get(i);
            Observed m = onMemory.run(step);
            Observed p = onPostgres.run(step);
            System.out.printf("step %d: %s %s -> %d / %d%n", i, step.method(), step.path(), m.status(), p.status());
            assertThat(p).as("step %d: %s %s", i, step.method(), step.path()).isEqualTo(m);
        }
    }

    private static Step step(String user, Method method, String path, Object body, String... capture) {
        Map<String, String> c = new LinkedHashMap<>();
        for (int i = 0; i < capture.length; i += 2) {
            c.put(capture[i], capture[i + 1]);
        }
        return new Step(user, method, path, body, c);
    }

    /** JSON with single quotes, for readability. */
    private static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static List<Step> script() {
        Method get = Method.GET;
        Method post = Method.POST;
        Method put = Method.PUT;
        Method patch = Method.PATCH;
        Method delete = Method.DELETE;
        Map<String, Object> echo = ConformanceFixtures.inputToTemplate("Echo");
        Map<String, Object> runnable = ConformanceFixtures.runnable("Adder");
        List<Step> s = new ArrayList<>();
        s.add(step("ada", get, "/me", null, "ada", "/id"));
        s.add(step("ada", patch, "/me", j("{'name': 'Ada L', 'timezone': 'Europe/Paris', 'locale': 'fr-FR',"
                + " 'metadata': {'z': 1, 'a': [true, null, 2.5, 'x'], 'nested': {'k': 'v'}}}")));
        s.add(step("ada", patch, "/me", j("{'timezone': 'Mars/Base', 'locale': 'x-'}")));
        s.add(step("bob", patch, "/me", j("{'email': 'ADA@example.org'}")));
        s.add(step("ada", patch, "/me/preferences", j("{'max_emails_per_day': 0, 'notify_on_agent_run': false}")));
        s.add(step("ada", get, "/me/preferences", null));
        s.add(step("ada", get, "/blocks", null));
        s.add(step("ada", post, "/graphs", echo, "g", "/id"));
        s.add(step("ada", post, "/graphs", j("{'name': '', 'description': null, 'is_template': false, 'nodes': [],"
                + " 'links': []}")));
        s.add(step("ada", get, "/graphs/{g}", null));
        s.add(step("bob", get, "/graphs/{g}", null));
        s.add(step("ada", put, "/graphs/{g}", ConformanceFixtures.inputToTemplate("Echo 2")));
        s.add(step("ada", get, "/graphs/{g}/versions", null));
        s.add(step("ada", put, "/graphs/{g}/active-version", j("{'version': 1}")));
        s.add(step("ada", put, "/graphs/{g}/active-version", j("{'version': 9}")));
        s.add(step("ada", get, "/graphs/{g}/versions/2", null));
        s.add(step("ada", post, "/graphs", runnable, "r", "/id"));
        s.add(step("ada", get, "/graphs?include_total=true&limit=1", null));
        s.add(step("ada", post, "/graphs/{g}/executions", j("{'inputs': {}}")));
        s.add(step("ada", post, "/graphs/{g}/executions", j("{'version': 2, 'inputs': {'in': 'hello'}}"), "e", "/id"));
        s.add(step("ada", post, "/executions/{e}/status", j("{'status': 'completed'}")));
        s.add(step("ada", post, "/executions/{e}/status", j("{'status': 'running'}")));
        s.add(step("ada", post, "/executions/{e}/node-executions", j("{'node_id': 'in', 'inputs': {'v': 1}}"),
                "n", "/id"));
        s.add(step("ada", post, "/executions/{e}/node-executions", j("{'node_id': 'nope', 'inputs': {}}")));
        s.add(step("ada", post, "/executions/{e}/status", j("{'status': 'completed'}")));
        s.add(step("ada", post, "/executions/{e}/node-executions/{n}/status", j("{'status': 'running'}")));
        s.add(step("ada", post, "/executions/{e}/node-executions/{n}/status",
                j("{'status': 'completed', 'outputs': {'out': 'hello'}, 'execution_cost': 7}")));
        s.add(step("ada", post, "/credits/top-up", j("{'amount': 10, 'idempotency_key': 'first'}")));
        s.add(step("ada", post, "/credits/top-up", j("{'amount': 10, 'idempotency_key': 'first'}")));
        s.add(step("ada", post, "/credits/top-up", j("{'amount': 11, 'idempotency_key': 'first'}")));
        s.add(step("ada", post, "/executions/{e}/node-executions/{n}/status",
                j("{'status': 'completed', 'outputs': {'out': 'hello'}, 'execution_cost': 7}")));
        s.add(step("ada", post, "/executions/{e}/status", j("{'status': 'completed', 'outputs': {'out': 'hello'}}")));
        s.add(step("ada", post, "/executions/{e}/cancel", null));
        s.add(step("ada", get, "/executions/{e}", null));
        s.add(step("ada", post, "/graphs/{r}/executions", j("{'inputs': {}}"), "e2", "/id"));
        s.add(step("ada", post, "/executions/{e2}/node-executions", j("{'node_id': 'add', 'inputs': {}}")));
        s.add(step("ada", post, "/executions/{e2}/cancel", null));
        s.add(step("ada", get, "/executions/{e2}", null));
        s.add(step("ada", get, "/executions?include_total=true", null));
        s.add(step("ada", get, "/executions?status=cancelled&graph_id={r}", null));
        s.add(step("ada", get, "/executions?limit=1", null));
        s.add(step("ada", get, "/graphs", null));
        s.add(step("ada", get, "/credits", null));
        s.add(step("ada", get, "/credits/transactions?include_total=true", null));
        s.add(step("ada", get, "/credits/auto-top-up", null));
        s.add(step("ada", put, "/credits/auto-top-up", j("{'enabled': true, 'threshold': 5, 'amount': 20}")));
        s.add(step("admin", post, "/admin/credits/{ada}/grant", j("{'amount': 4, 'reason': 'welcome'}")));
        s.add(step("ada", post, "/admin/credits/{ada}/grant", j("{'amount': 4, 'reason': 'self'}")));
        s.add(step("ada", post, "/api-keys", j("{'name': 'ci', 'permissions': ['read_graph', 'execute_graph']}"),
                "k", "/id", "key", "/key"));
        s.add(step("ada", get, "/api-keys", null));
        s.add(step("key", get, "/graphs/{g}", null));
        s.add(step("key", get, "/me", null));
        s.add(step("ada", delete, "/api-keys/{k}", null));
        s.add(step("key", get, "/graphs/{g}", null));
        s.add(step("ada", post, "/store/submissions", j("{'graph_id': '{g}', 'graph_version': 1, 'slug': 'echo-agent',"
                + " 'name': 'Echo agents', 'sub_heading': 'Repeats what it hears', 'description': 'Echoes inputs',"
                + " 'categories': ['tools']}"), "sub", "/id"));
        s.add(step("bob", post, "/store/submissions", j("{'graph_id': '{g}', 'graph_version': 1, 'slug': 'echo-agent',"
                + " 'name': 'x', 'sub_heading': 'x', 'description': 'x', 'categories': []}")));
        s.add(step("ada", get, "/store/submissions", null));
        s.add(step("admin", get, "/admin/store/submissions?status=pending", null));
        s.add(step("admin", post, "/admin/store/submissions/{sub}/review", j("{'decision': 'approve', 'comment': 'ok'}")));
        s.add(step("bob", get, "/store/listings?q=echoing", null));
        s.add(step("bob", get, "/store/listings?q=hears&category=tools&sort=rating", null));
        s.add(step("bob", get, "/graphs/{g}/versions/1", null));
        s.add(step("bob", post, "/graphs/{g}/executions", j("{'version': 1, 'inputs': {'in': 'hi'}}")));
        s.add(step("bob", post, "/store/listings/echo-agent/reviews", j("{'score': 4, 'comments': 'nice'}")));
        s.add(step("bob", post, "/store/listings/echo-agent/reviews", j("{'score': 5, 'comments': null}")));
        s.add(step("ada", post, "/store/listings/echo-agent/reviews", j("{'score': 5}")));
        s.add(step("bob", get, "/store/listings/echo-agent", null));
        s.add(step("ada", delete, "/graphs/{g}", null));
        s.add(step("ada", delete, "/graphs/{r}", null));
        s.add(step("ada", get, "/executions/{e2}", null));
        s.add(step("ada", get, "/graphs?include_total=true", null));
        return s;
    }

    /** One storage's side of the script: its users, captured values and id placeholders. */
    private static final class Session {
        private final Http http;
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, String> captured = new HashMap<>();
        private final Map<String, String> ids = new HashMap<>();

        Session(Http http) {
            this.http = http;
        }

        Observed run(Step step) {
            String path = "/api/v1" + fill(step.path());
            Object body = step.body() == null ? null : fill(text(step.body()));
            Http.Resp r = step.user().equals("key")
                    ? http.call(step.method(), path, Map.of("X-API-Key", captured.get("key")), body)
                    : http.call(step.method(), path, token(step.user()), body);
            if (r.json() != null && r.status() < 300) {
                step.capture().forEach((name, pointer) -> captured.put(name, r.json().at(pointer).asText()));
            }
            return new Observed(r.status(), r.json() == null ? r.raw() : normalise(r.json(), null).toString());
        }

        private String token(String user) {
            return tokens.computeIfAbsent(user, u -> u.equals("admin") ? Tokens.admin(UUID.randomUUID())
                    : Tokens.named(UUID.randomUUID(), u + "@example.org", u));
        }

        private String fill(String text) {
            String out = text;
            for (var e : captured.entrySet()) {
                out = out.replace("{" + e.getKey() + "}", e.getValue());
            }
            return out;
        }

        private static String text(Object body) {
            try {
                return body instanceof String s ? s : MAPPER.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private JsonNode normalise(JsonNode node, String field) {
            if (node.isObject()) {
                ObjectNode sorted = JsonNodeFactory.instance.objectNode();
                new TreeMap<String, JsonNode>(toMap(node)).forEach((k, v) -> sorted.set(k, normalise(v, k)));
                return sorted;
            }
            if (node.isArray()) {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                node.forEach(v -> out.add(normalise(v, null)));
                return out;
            }
            if (field != null && !node.isNull() && List.of("next_cursor", "key", "head", "tail", "duration_seconds")
                    .contains(field)) {
                return TextNode.valueOf("<" + field + ">");
            }
            if (node.isTextual()) {
                return TextNode.valueOf(placeholders(node.asText()));
            }
            return node;
        }

        private static Map<String, JsonNode> toMap(JsonNode object) {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            object.properties().forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        }

        private String placeholders(String text) {
            Matcher ids = UUID_TEXT.matcher(TIMESTAMP.matcher(text).replaceAll("<ts>"));
            StringBuilder out = new StringBuilder();
            while (ids.find()) {
                String id = ids.group();
                boolean fixed = BuiltInBlocks.all().stream().anyMatch(b -> b.id().equals(id));
                ids.appendReplacement(out, fixed ? id : this.ids.computeIfAbsent(id, k -> "<id" + this.ids.size() + ">"));
            }
            ids.appendTail(out);
            return out.toString();
        }
    }
}
