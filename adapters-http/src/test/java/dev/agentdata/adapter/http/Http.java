package dev.agentdata.adapter.http;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;

/**
 * A tiny client for the tests: one call, the status, the headers and the body as JSON. Every response is checked
 * against the OpenAPI document ({@link OpenApiContract}); one that breaks it fails the test that caused it.
 */
public final class Http {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Http1Client client;
    private final OpenApiContract contract;

    public Http(Http1Client client) {
        this(client, OpenApiContract.served());
    }

    /** A client whose responses are judged by {@code contract} instead of the served document. */
    Http(Http1Client client, OpenApiContract contract) {
        this.client = client;
        this.contract = contract;
    }

    /** A response: status, content type, X-Request-Id and Location, and the parsed body (null when empty). */
    public record Resp(int status, String contentType, Map<String, String> headers, String raw, JsonNode json) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public Resp chunked(Method method, String path, String token, byte[] body) {
        var res = client.method(method).path(path).header(HeaderNames.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaTypes.APPLICATION_JSON)
                .outputStream(os -> {
                    for (int i = 0; i < body.length; i += 4096) {
                        os.write(body, i, Math.min(4096, body.length - i));
                    }
                    os.close();
                });
        try {
            String raw = res.entity().hasEntity() ? res.entity().as(String.class) : "";
            Map<String, String> hs = headers(res);
            res.close();
            return conforming(method, path, new Resp(res.status().code(), hs.getOrDefault("content-type", ""), hs, raw,
                    raw.isEmpty() ? null : MAPPER.readTree(raw)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Resp call(Method method, String path, String token, Object body) {
        return call(method, path, Map.of("Authorization", "Bearer " + token), body);
    }

    public Resp call(Method method, String path, Map<String, String> headers, Object body) {
        int q = path.indexOf('?');
        Http1ClientRequest req = client.method(method).path(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                req.queryParam(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        headers.forEach((k, v) -> req.header(HeaderNames.create(k), v));
        try {
            io.helidon.webclient.api.HttpClientResponse res;
            if (body == null) {
                res = req.request();
            } else {
                String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
                if (!headers.containsKey("Content-Type")) {
                    req.contentType(MediaTypes.APPLICATION_JSON);
                }
                res = req.submit(text);
            }
            String raw = res.entity().hasEntity() ? res.entity().as(String.class) : "";
            Map<String, String> hs = headers(res);
            res.close();
            JsonNode json = raw == null || raw.isEmpty() ? null : MAPPER.readTree(raw);
            return conforming(method, path, new Resp(res.status().code(), hs.getOrDefault("content-type", ""), hs, raw,
                    json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(io.helidon.webclient.api.HttpClientResponse res) {
        Map<String, String> hs = new java.util.HashMap<>();
        res.headers().forEach(h -> hs.put(h.name().toLowerCase(), h.get()));
        return hs;
    }

    /** {@code resp} when it keeps the document; the HTTP adapter serves {@code /api/} (bootstrap the rest). */
    private Resp conforming(Method method, String path, Resp resp) {
        if (!path.startsWith("/api/")) {
            return resp;
        }
        List<String> violations = contract.violations(method.text(), path, resp);
        if (!violations.isEmpty()) {
            throw new AssertionError(method.text() + " " + path + " -> " + resp.status()
                    + " breaks the OpenAPI document:\n  " + String.join("\n  ", violations)
                    + "\n  body: " + resp.raw());
        }
        return resp;
    }
}
