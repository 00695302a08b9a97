package dev.agentdata.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI document as the judge of the server's answers, in process: for a request it finds the documented
 * operation, then checks the response's status, content type, headers and body (with the JSON Schema validator's
 * OpenAPI 3.0 dialect, and for fields the schema does not name: {@link UndocumentedFields}) against it and lists
 * every violation. Requests the document has no operation for (unknown paths, undeclared methods) are not judged.
 */
public final class OpenApiContract {
    /** Where the HTTP adapter keeps its contract; bootstrap serves the same file at {@code /openapi}. */
    static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String DOCUMENT_IRI = "https://agentdata.dev/openapi.yaml";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OpenApiContract SERVED = of(readResource());

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> schemaByPointer = new ConcurrentHashMap<>();
    private final UndocumentedFields fields;

    private OpenApiContract(String yaml) {
        this.document = YAMLMapper.builder().build().readTree(yaml);
        this.fields = new UndocumentedFields(document, this::resolve);
        this.paths = document.path("paths").propertyNames().stream().map(PathTemplate::of).toList();
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(), registry -> registry
                .schemas(Map.of(DOCUMENT_IRI, yaml))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The document the server serves. */
    public static OpenApiContract served() {
        return SERVED;
    }

    /** A contract read from {@code yaml}, e.g. a deliberately altered copy of the served document. */
    static OpenApiContract of(String yaml) {
        return new OpenApiContract(yaml);
    }

    /** The served document's text. */
    static String readResource() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code response} to {@code method path} breaks the document; empty if it conforms or is not judged. */
    public List<String> violations(String method, String path, Http.Resp response) {
        Optional<Operation> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of();
        }
        Operation operation = found.get();
        List<String> violations = new ArrayList<>();
        Optional<String> documented = responsePointer(operation, response.status());
        if (documented.isEmpty()) {
            violations.add("status " + response.status() + " is not documented (documented: "
                    + String.join(", ", node(operation.pointer() + "/responses").propertyNames()) + ")");
            return violations;
        }
        String responsePointer = documented.get();
        checkHeaders(responsePointer, response, violations);
        checkBody(responsePointer, response, violations);
        return violations;
    }

    /** The response object's pointer for {@code status}: the exact code, then {@code 4XX}, then {@code default}. */
    private Optional<String> responsePointer(Operation operation, int status) {
        String responses = operation.pointer() + "/responses";
        for (String key : List.of(Integer.toString(status), status / 100 + "XX", "default")) {
            if (!node(responses).path(key).isMissingNode()) {
                return Optional.of(resolve(responses + "/" + key));
            }
        }
        return Optional.empty();
    }

    /** Documented headers: a required one must be there, and each one there must fit its schema. */
    private void checkHeaders(String responsePointer, Http.Resp response, List<String> violations) {
        JsonNode headers = node(responsePointer + "/headers");
        for (String name : headers.propertyNames()) {
            String header = resolve(responsePointer + "/headers/" + escape(name));
            String value = response.header(name);
            if (value == null) {
                if (document.at(header).path("required").asBoolean(false)) {
                    violations.add("header " + name + " is required but missing");
                }
                continue;
            }
            if (!document.at(header + "/schema").isMissingNode()) {
                boolean text = "string".equals(document.at(header + "/schema/type").asString(""));
                String json = text || !value.matches("-?\\d+(\\.\\d+)?|true|false") ? quoted(value) : value;
                schema(header + "/schema").validate(json, InputFormat.JSON)
                        .forEach(e -> violations.add("header " + name + ": " + e.getMessage()));
            }
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void checkBody(String responsePointer, Http.Resp response, List<String> violations) {
        JsonNode content = node(responsePointer + "/content");
        boolean hasBody = response.raw() != null && !response.raw().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                violations.add("a body (" + response.contentType() + ") where the document describes none");
            }
            return;
        }
        if (!hasBody) {
            violations.add("no body where the document describes " + String.join(", ", content.propertyNames()));
            return;
        }
        String mediaType = response.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Optional<String> key = content.propertyNames().stream().filter(k -> mediaMatches(k, mediaType)).findFirst();
        if (key.isEmpty()) {
            violations.add("content type '" + response.contentType() + "' is not documented (documented: "
                    + String.join(", ", content.propertyNames()) + ")");
            return;
        }
        String schemaPointer = responsePointer + "/content/" + escape(key.get()) + "/schema";
        if (isJson(mediaType) && !node(schemaPointer).isMissingNode()) {
            schema(schemaPointer).validate(response.raw(), InputFormat.JSON)
                    .forEach(e -> violations.add("body " + where(e.getInstanceLocation().toString()) + ": "
                            + e.getMessage()));
            fields.find(schemaPointer, JSON.readTree(response.raw()), "", violations);
        }
    }

    /** The compiled schema at a pointer of the document, its {@code $ref}s resolved within the document. */
    Schema schema(String pointer) {
        return schemaByPointer.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
    }

    /** The node at {@code pointer}, following a {@code $ref} the node itself is. */
    JsonNode node(String pointer) {
        return document.at(resolve(pointer));
    }

    /** {@code pointer}, or where the {@code $ref} at it points (a reference to a shared response or header). */
    String resolve(String pointer) {
        String current = pointer;
        for (int hops = 0; hops < 10; hops++) {
            JsonNode ref = document.at(current).path("$ref");
            if (!ref.isString() || !ref.stringValue().startsWith("#")) {
                return current;
            }
            current = ref.stringValue().substring(1);
        }
        throw new IllegalStateException("a $ref cycle at " + pointer);
    }

    /** The documented operation for a request, the most literal path template winning. */
    Optional<Operation> operation(String method, String path) {
        String bare = path.split("\\?", 2)[0];
        String lower = method.toLowerCase(Locale.ROOT);
        if (!METHODS.contains(lower)) {
            return Optional.empty();
        }
        return paths.stream()
                .filter(t -> t.matches(bare))
                .sorted((a, b) -> Integer.compare(b.literalSegments(), a.literalSegments()))
                .map(t -> "/paths/" + escape(t.template()) + "/" + lower)
                .filter(p -> document.at(p).isObject())
                .findFirst()
                .map(p -> new Operation(method.toUpperCase(Locale.ROOT) + " " + bare, p));
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static boolean mediaMatches(String documented, String actual) {
        String d = documented.toLowerCase(Locale.ROOT);
        return d.equals(actual) || d.equals("*/*")
                || d.endsWith("/*") && actual.startsWith(d.substring(0, d.length() - 1));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** A JSON Pointer segment for {@code key} (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A documented operation: what the request was and where the operation sits in the document. */
    record Operation(String request, String pointer) {
    }
}
