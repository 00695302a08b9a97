package dev.agentdata.bootstrap.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document read as plain maps, and its operations in the terms the fuzzer needs: parameters,
 * request body schema, who may call, and what it answers. New operations in the document are fuzzed without code
 * changes.
 */
final class ApiDocument {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** A parameter of an operation, its schema with {@code $ref}s still in place (see {@link #resolve}). */
    record Param(String name, String in, Map<String, Object> schema, boolean required) {
    }

    /**
     * One operation. {@code body} is the JSON request body's schema or null; {@code admin} when its 403 is the
     * admin one; {@code eventStream} when a 200 may be {@code text/event-stream} (long-lived by design).
     */
    record Operation(String method, String template, List<Param> params, Map<String, Object> body,
                     boolean bodyRequired, boolean isPublic, boolean apiKeyAllowed, boolean admin,
                     boolean eventStream, Set<String> statuses) {
        String name() {
            return method + " " + template;
        }

        boolean api() {
            return template.startsWith("/api/");
        }
    }

    private final Map<String, Object> root;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();

    private ApiDocument(Map<String, Object> root) {
        this.root = root;
        map(root.get("paths")).forEach((template, item) -> read(template, map(item)));
    }

    /** The document on the class path, the one {@code /openapi} serves. */
    static ApiDocument served() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is not on the class path");
            }
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(16 * 1024 * 1024);
            return new ApiDocument(new Yaml(options).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The upper-case methods the document declares for a path template. */
    Set<String> methods(String template) {
        return methodsByPath.getOrDefault(template, Set.of());
    }

    private void read(String template, Map<String, Object> item) {
        List<Param> shared = params(item.get("parameters"));
        for (String method : METHODS) {
            if (!(item.get(method) instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> op = map(raw);
            List<Param> params = new ArrayList<>(shared);
            params.addAll(params(op.get("parameters")));
            Map<String, Object> body = null;
            boolean bodyRequired = false;
            if (op.get("requestBody") instanceof Map<?, ?> requestBody) {
                Map<String, Object> rb = resolve(map(requestBody));
                bodyRequired = Boolean.TRUE.equals(rb.get("required"));
                body = map(map(map(rb.get("content")).get("application/json")).get("schema"));
            }
            List<?> security = op.containsKey("security") ? (List<?>) op.get("security") : (List<?>) root.get("security");
            boolean apiKey = security.stream().anyMatch(s -> map(s).containsKey("apiKey"));
            Map<String, Object> responses = map(op.get("responses"));
            boolean admin = String.valueOf(responses.get("403")).contains("ForbiddenAdmin");
            boolean stream = String.valueOf(responses.get("200")).contains("text/event-stream");
            operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, params, body, bodyRequired,
                    security.isEmpty(), apiKey, admin, stream, new TreeSet<>(responses.keySet())));
            methodsByPath.computeIfAbsent(template, t -> new TreeSet<>()).add(method.toUpperCase(Locale.ROOT));
        }
    }

    private List<Param> params(Object list) {
        List<Param> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> p = resolve(map(item));
                out.add(new Param((String) p.get("name"), (String) p.get("in"), map(p.get("schema")),
                        Boolean.TRUE.equals(p.get("required"))));
            }
        }
        return out;
    }

    /** {@code node}, or the node its {@code $ref} (within this document) names, followed to the end. */
    Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; hops < 10 && current.get("$ref") instanceof String ref; hops++) {
            Object target = root;
            for (String segment : ref.substring(2).split("/")) {
                target = map(target).get(segment.replace("~1", "/").replace("~0", "~"));
            }
            current = map(target);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
