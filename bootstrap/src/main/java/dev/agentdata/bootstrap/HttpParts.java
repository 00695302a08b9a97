package dev.agentdata.bootstrap;

import java.util.Optional;
import java.util.function.Consumer;

import io.helidon.http.media.MediaContext;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;

/** What the HTTP adapter contributes to the web server: its routes, its JSON media and its direct handlers. */
public record HttpParts(Consumer<HttpRouting.Builder> routes, Optional<MediaContext> mediaContext,
                        Optional<DirectHandlers> directHandlers) {
    public static HttpParts none() {
        return new HttpParts(routing -> { }, Optional.empty(), Optional.empty());
    }
}
