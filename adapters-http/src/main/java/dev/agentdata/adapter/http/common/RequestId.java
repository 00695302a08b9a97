package dev.agentdata.adapter.http.common;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
                .orElseGet(() -> new RequestId(fresh()));
    }

    /**
     * A random UUID-shaped id from {@link ThreadLocalRandom}: it only has to be unique enough to find a request's
     * lines, not unguessable, and {@link UUID#randomUUID()} draws on SecureRandom for every request (1.2% of the
     * server's CPU on the execution lifecycle).
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                      // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new UUID(high, low).toString();
    }

    public static String of(ServerRequest req) {
        return req.context().get(RequestId.class).map(RequestId::value).orElse("-");
    }
}
