package dev.agentdata.adapter.http.common;

import java.util.UUID;

import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.domain.common.NotFoundException;

/** Path parameters: an id that is not a UUID, or a version that is not a positive number, names nothing (404). */
public final class PathParameters {
    private PathParameters() {
    }

    public static UUID id(ServerRequest req, String name, String resource) {
        String raw = req.path().pathParameters().get(name);
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new NotFoundException(resource, raw);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(resource, "?");
        }
    }

    public static int version(ServerRequest req, String name) {
        String raw = req.path().pathParameters().get(name);
        try {
            int v = Integer.parseInt(raw);
            if (v < 1) {
                throw new NotFoundException("graph version", raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new NotFoundException("graph version", "?");
        }
    }

    /**
     * A free-text path parameter (a slug): one that is not strict UTF-8 once percent-decoded, or that no storage
     * can hold the same (NUL, an unpaired surrogate), cannot name anything stored, so it is 404 on every storage.
     */
    public static String text(ServerRequest req, String name, String resource) {
        String raw = req.path().pathParameters().get(name);
        boolean decodable = StorableText.strictlyEncoded(req.prologue().uriPath().rawPath());
        if (!decodable || StorableText.problem(raw).isPresent()) {
            throw new NotFoundException(resource, "?");
        }
        return raw;
    }
}
