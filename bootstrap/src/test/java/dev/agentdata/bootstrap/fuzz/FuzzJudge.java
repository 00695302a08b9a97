package dev.agentdata.bootstrap.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.agentdata.adapter.http.Http;
import dev.agentdata.adapter.http.OpenApiContract;
import dev.agentdata.bootstrap.fuzz.FuzzClient.Response;
import dev.agentdata.bootstrap.fuzz.FuzzRequests.Fuzzed;

/**
 * What every response must be: not a 5xx, not slower than 5 s, a status the document lists for the operation with
 * the documented headers and body (the HTTP adapter's {@link OpenApiContract}), every error a problem document with
 * an {@code X-Request-Id}, no internals in it, and the status API.md fixes for the mutation when it fixes one.
 */
final class FuzzJudge {
    static final Duration SLOW = Duration.ofSeconds(5);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final List<String> LEAKS = List.of("Exception", "java.", "dev.agentdata", "\tat ", "SQL",
            "org.postgresql", "helidon", "jackson");
    private final OpenApiContract contract = OpenApiContract.served();

    /** Every way {@code response} to {@code fuzzed} is wrong; empty when it is right. */
    List<String> violations(Fuzzed fuzzed, Response response) {
        List<String> out = new ArrayList<>();
        int status = response.status();
        boolean stream = fuzzed.op().eventStream();
        if (status <= 0) {
            if (!(stream && response.failure() != null && response.failure().startsWith("timed out"))
                    && !resetAfterRefusal(fuzzed, response)) {
                out.add("no response: " + response.failure());
            }
            return out;
        }
        if (status >= 500) {
            out.add("a 5xx");
        }
        if (!stream && response.nanos() > SLOW.toNanos()) {
            out.add("slower than " + SLOW.toSeconds() + " s: " + response.nanos() / 1_000_000 + " ms");
        }
        if (!fuzzed.expected().isEmpty() && !fuzzed.expected().contains(status)) {
            out.add("expected " + fuzzed.expected() + " for " + fuzzed.kind());
        }
        String path = fuzzed.request().path();
        String requestId = response.header("X-Request-Id");
        if ((path.startsWith("/api/") || status >= 400) && (requestId == null || !REQUEST_ID.matcher(requestId).matches())) {
            out.add("X-Request-Id missing or malformed: " + requestId);
        }
        if (status >= 400) {
            problem(status, response, out);
        }
        if (status == 405 && response.header("Allow") == null) {
            out.add("405 without Allow");
        }
        String contentType = response.headers().getOrDefault("content-type", "");
        Http.Resp resp = new Http.Resp(status, contentType, response.headers(), response.body(), null);
        out.addAll(contract.violations(fuzzed.request().method(), path, resp));
        return out;
    }

    /**
     * A request refused before its body is read (413 body over the limit, 431 headers over it) while the client still
     * sends the body: the server closes the connection and the client may see the reset before the answer. Counted
     * apart by {@link FuzzStats}, not a failure (a limitation of the transport, see docs/testing.md).
     */
    static boolean resetAfterRefusal(Fuzzed fuzzed, Response response) {
        return (fuzzed.expected().contains(413) || fuzzed.expected().contains(431)) && fuzzed.request().body() != null
                && response.failure() != null && response.failure().startsWith("I/O");
    }

    private static void problem(int status, Response response, List<String> out) {
        String type = response.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/problem+json")) {
            out.add("an error that is not application/problem+json but '" + type + "'");
            return;
        }
        JsonNode body = response.json();
        if (body == null || !body.isObject() || !body.path("type").isTextual() || !body.path("title").isTextual()
                || body.path("status").asInt() != status) {
            out.add("not a problem document of status " + status);
        }
        for (String leak : LEAKS) {
            if (response.body().contains(leak)) {
                out.add("the error body shows internals ('" + leak + "')");
            }
        }
    }
}
