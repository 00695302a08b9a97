package dev.agentdata.bootstrap.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal JSON client for the end-to-end tests: one bearer token, one base address. */
final class Api {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String token;

    Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Status and parsed body (null when empty) of one call. */
    record Resp(int status, JsonNode json, String raw) {
    }

    Resp get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Resp post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POSTs and requires {@code status}; returns the body. */
    JsonNode post(String path, String json, int status) {
        return expect(post(path, json), status);
    }

    JsonNode get(String path, int status) {
        return expect(get(path), status);
    }

    private static JsonNode expect(Resp r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + " but got " + r.status() + ": " + r.raw());
        }
        return r.json();
    }

    private Resp send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = HTTP.send(request.header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            String raw = res.body();
            return new Resp(res.statusCode(), raw.isEmpty() ? null : MAPPER.readTree(raw), raw);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
