package dev.agentdata.adapter.http.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.common.NotFoundException;

/** Path and query parameters: ids that are not UUIDs are 404, bad paging parameters 400. */
public final class Params {
    private final CursorCodec cursors;

    public Params(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public static UUID pathId(ServerRequest req, String name, String resource) {
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

    public static int pathVersion(ServerRequest req, String name) {
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
     * A free-text path parameter (a slug): one with a NUL character cannot name anything stored (Postgres text
     * cannot hold it), so it is 404 on every storage.
     */
    public static String pathText(ServerRequest req, String name, String resource) {
        String raw = req.path().pathParameters().get(name);
        if (raw.indexOf('\0') >= 0) {
            throw new NotFoundException(resource, "?");
        }
        return raw;
    }

    /** {@code limit}, {@code cursor} and {@code include_total} of a list bound to {@code list}; every bad one is listed. */
    public PageRequest page(ServerRequest req, String list, Shape shape) {
        Parameters q = req.query();
        int limit = PageRequest.DEFAULT_LIMIT;
        Optional<String> rawLimit = single(q, "limit", shape);
        if (rawLimit.isPresent()) {
            try {
                limit = Integer.parseInt(rawLimit.get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
                shape.add("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT);
                limit = PageRequest.DEFAULT_LIMIT;
            }
        }
        boolean total = false;
        Optional<String> rawTotal = single(q, "include_total", shape);
        if (rawTotal.isPresent()) {
            switch (rawTotal.get()) {
                case "true" -> total = true;
                case "false" -> total = false;
                default -> shape.add("include_total", "must be true or false");
            }
        }
        Optional<dev.agentdata.application.port.out.Cursor> after = Optional.empty();
        Optional<String> rawCursor = single(q, "cursor", shape);
        if (rawCursor.isPresent() && !rawCursor.get().isEmpty()) {
            try {
                after = Optional.of(cursors.decode(list, rawCursor.get()));
            } catch (BadRequestException e) {
                shape.add("cursor", "not a cursor issued for this list");
            }
        }
        return new PageRequest(limit, after, total);
    }

    /** A query parameter given at most once, without NUL characters (no storage can hold or match them). */
    public static Optional<String> single(Parameters q, String name, Shape shape) {
        if (!q.contains(name)) {
            return Optional.empty();
        }
        List<String> all = q.all(name);
        if (all.size() != 1) {
            shape.add(name, "must be given once");
            return Optional.empty();
        }
        if (all.getFirst().indexOf('\0') >= 0) {
            shape.add(name, JsonCodec.NUL_MESSAGE);
            return Optional.empty();
        }
        return Optional.of(all.getFirst());
    }

    public CursorCodec cursors() {
        return cursors;
    }
}
