package dev.agentdata.adapter.http.common;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** The id that ties a response ({@code X-Request-Id}) to its log lines. */
public record RequestId(String value) {
    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** The client's id when it is safe to echo, else a fresh one. */
    public static RequestId fromHeader(Optional<String> header) {
        return header.filter(h -> SAFE.matcher(h).matches()).map(RequestId::new)
                .orElseGet(() -> new RequestId(UUID.randomUUID().toString()));
    }

    public static String of(ServerRequest req) {
        return req.context().get(RequestId.class).map(RequestId::value).orElse("-");
    }
}
