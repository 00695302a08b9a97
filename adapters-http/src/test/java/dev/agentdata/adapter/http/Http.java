package dev.agentdata.adapter.http;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
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
            String ct = res.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
            res.close();
            return new Resp(res.status().code(), ct, Map.of(), raw, raw.isEmpty() ? null : MAPPER.readTree(raw));
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
            Map<String, String> hs = new java.util.HashMap<>();
            res.headers().forEach(h -> hs.put(h.name().toLowerCase(), h.get()));
            res.close();
            JsonNode json = raw == null || raw.isEmpty() ? null : MAPPER.readTree(raw);
            return new Resp(res.status().code(), hs.getOrDefault("content-type", ""), hs, raw, json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
