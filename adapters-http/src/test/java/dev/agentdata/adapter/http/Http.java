package dev.agentdata.adapter.http;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.ClientResponseTyped;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;

/** A tiny client for the tests: one call, the status, the headers and the body as JSON. */
public final class Http {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Http1Client client;

    public Http(Http1Client client) {
        this.client = client;
    }

    /** A response: status, content type, X-Request-Id and Location, and the parsed body (null when empty). */
    public record Resp(int status, String contentType, Map<String, String> headers, String raw, JsonNode json) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public Resp call(Method method, String path, String token, Object body) {
        return call(method, path, Map.of("Authorization", "Bearer " + token), body);
    }

    public Resp call(Method method, String path, Map<String, String> headers, Object body) {
        Http1ClientRequest req = client.method(method).uri(path);
        headers.forEach((k, v) -> req.header(HeaderNames.create(k), v));
        try {
            ClientResponseTyped<String> res;
            if (body == null) {
                res = req.request(String.class);
            } else {
                String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
                if (!headers.containsKey("Content-Type")) {
                    req.contentType(MediaTypes.APPLICATION_JSON);
                }
                res = req.submit(text, String.class);
            }
            String raw = res.entity();
            Map<String, String> hs = new java.util.HashMap<>();
            res.headers().forEach(h -> hs.put(h.name().toLowerCase(), h.get()));
            JsonNode json = raw == null || raw.isEmpty() ? null : MAPPER.readTree(raw);
            return new Resp(res.status().code(), hs.getOrDefault("content-type", ""), hs, raw, json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
