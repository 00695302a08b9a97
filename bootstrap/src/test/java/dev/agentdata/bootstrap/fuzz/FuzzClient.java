package dev.agentdata.bootstrap.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sends one request as bytes (so bodies can hold any byte) and times it; the server is on {@code base}. */
final class FuzzClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    FuzzClient(String base) {
        this.base = base;
    }

    /** A request: method, path with query (already encoded), headers, body bytes or null. */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            String path300 = path.length() > 300 ? path.substring(0, 300) + "..." : path;
            StringBuilder shownHeaders = new StringBuilder();
            headers.forEach((k, v) -> shownHeaders.append(k).append(k.equals("Authorization") || k.equals("X-API-Key")
                    ? "" : "=" + (v.length() > 40 ? v.substring(0, 40) + "..." : v)).append(' '));
            return method + " " + path300 + " [" + shownHeaders.toString().strip() + "]" + (body == null ? "" : " body(" + body.length + ")="
                    + shown.replaceAll("\\p{Cntrl}", "?"));
        }
    }

    /** What came back; {@code status} 0 when the request timed out or the connection failed. */
    record Response(int status, Map<String, String> headers, String body, long nanos, String failure) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    Response send(Request request, Duration timeout) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(timeout);
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException e) {
            return RawRequest.send(base, request, timeout); // what java.net.http refuses to send: bad escapes, bytes
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            String body;
            try (InputStream in = r.body()) {
                // an event stream is long-lived by design: its status and headers are judged, not its events
                body = headers.getOrDefault("content-type", "").startsWith("text/event-stream") ? "(event stream)"
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Response(r.statusCode(), headers, body, System.nanoTime() - start, null);
        } catch (HttpTimeoutException e) {
            return new Response(0, Map.of(), "", System.nanoTime() - start, "timed out after " + timeout);
        } catch (IOException e) {
            return new Response(0, Map.of(), "", System.nanoTime() - start, "I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request with a bearer token (or API key), for fixtures. */
    static Request json(String method, String path, Map<String, String> auth, Object body) {
        Map<String, String> headers = new LinkedHashMap<>(auth);
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            try {
                bytes = MAPPER.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Request(method, path, headers, bytes);
    }

    static byte[] bytes(Object json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
