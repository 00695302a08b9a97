package dev.agentdata.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as tools read it: plain YAML and strict JSON with the same content and no anchors, an
 * operation description everywhere, nothing pointing outside the repository, and content types the server keeps.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static DocsServer server;

    @BeforeAll
    static void start() {
        server = DocsServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Anchors and aliases of a YAML text, as "&name" / "*name". */
    private static List<String> anchorsAndAliases(String yaml) {
        List<String> found = new ArrayList<>();
        for (Event event : new Yaml().parse(new StringReader(yaml))) {
            if (event instanceof AliasEvent alias) {
                found.add("*" + alias.getAnchor());
            } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                found.add("&" + node.getAnchor());
            }
        }
        return found;
    }

    @Test
    void yamlForms_haveNoAnchorsOrAliases() throws Exception {
        try (InputStream source = getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            assertThat(anchorsAndAliases(new String(source.readAllBytes(), StandardCharsets.UTF_8)))
                    .as("META-INF/openapi.yaml").isEmpty();
        }
        for (String accept : new String[] {null, "application/yaml", "application/vnd.oai.openapi"}) {
            HttpResponse<String> served = server.get("/openapi", accept);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(anchorsAndAliases(served.body())).as("/openapi, Accept %s", accept).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonForms_areStrictJson_withTheSameContentAsTheYaml() throws Exception {
        JsonNode fromYaml = STRICT_JSON.valueToTree(new Yaml(new LoaderOptions()).<Map<String, Object>>load(
                server.get("/openapi", null).body()));
        for (HttpResponse<String> json : List.of(server.get("/openapi", "application/json"),
                server.get("/openapi?format=JSON", null), server.get("/openapi?format=JSON", "application/yaml"))) {
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(STRICT_JSON.readTree(json.body())).isEqualTo(fromYaml);
        }
    }

    @Test
    void everyOperation_hasASummaryAndADescription_andTheInfoAContact() throws Exception {
        JsonNode document = server.openApi();
        List<String> missing = new ArrayList<>();
        document.get("paths").properties().forEach(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null && (operation.path("description").asText().isBlank()
                    || operation.path("summary").asText().isBlank())) {
                missing.add(method.toUpperCase() + " " + path.getKey());
            }
        }));

        assertThat(missing).isEmpty();
        assertThat(document.at("/info/contact/name").asText()).isNotBlank();
    }

    @Test
    void nothingPointsOutsideTheRepository() throws Exception {
        String text = server.get("/openapi", null).body();

        assertThat(text).doesNotContain("API.md", "../shared", "ARCHITECTURE.md", "java -jar", "/usr/lib/jvm");
        assertThat(server.openApi().at("/info/description").asText()).contains("docs/api.md", "/docs");
    }

    @Test
    void operationsRoutes_answerInEveryDocumentedContentType_andMetricsStayPrometheusTextByDefault() throws Exception {
        JsonNode paths = server.openApi().get("paths");
        for (String path : List.of("/observe/metrics", "/openapi", "/docs")) {
            List<String> types = new ArrayList<>();
            paths.get(path).get("get").get("responses").get("200").get("content").fieldNames().forEachRemaining(types::add);
            for (String type : types) {
                HttpResponse<String> response = server.get(path, type);
                assertThat(response.statusCode()).as("%s as %s", path, type).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).as("%s as %s", path, type)
                        .hasValueSatisfying(t -> assertThat(t).startsWith(type));
            }
        }
        HttpResponse<String> plain = server.get("/observe/metrics", null);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(plain.body()).contains("# TYPE");
        assertThat(server.get("/observe/metrics", "text/html").statusCode()).isEqualTo(406);
        assertThat(paths.at("/~1observe~1metrics/get/responses/406").isObject()).as("406 documented").isTrue();
    }
}
