package dev.agentdata.adapter.http.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;

/** Query parameters: the paging ones of a list bound to its cursors, and single-valued filters; bad ones are 400. */
public final class QueryParameters {
    private final CursorCodec cursors;

    public QueryParameters(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /** {@code limit}, {@code cursor} and {@code include_total} of a list bound to {@code list}; every bad one is listed. */
    public PageRequest page(ServerRequest req, String list, BadRequestCollector errors) {
        UriQuery q = req.query();
        int limit = PageRequest.DEFAULT_LIMIT;
        Optional<String> rawLimit = single(q, "limit", errors);
        if (rawLimit.isPresent()) {
            try {
                limit = Integer.parseInt(rawLimit.get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
                errors.add("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT);
                limit = PageRequest.DEFAULT_LIMIT;
            }
        }
        boolean total = false;
        Optional<String> rawTotal = single(q, "include_total", errors);
        if (rawTotal.isPresent()) {
            switch (rawTotal.get()) {
                case "true" -> total = true;
                case "false" -> total = false;
                default -> errors.add("include_total", "must be true or false");
            }
        }
        Optional<Cursor> after = Optional.empty();
        Optional<String> rawCursor = single(q, "cursor", errors);
        if (rawCursor.isPresent() && !rawCursor.get().isEmpty()) {
            try {
                after = Optional.of(cursors.decode(list, rawCursor.get()));
            } catch (BadRequestException e) {
                errors.add("cursor", "not a cursor issued for this list");
            }
        }
        return new PageRequest(limit, after, total);
    }

    /** {@code cursor} signed for {@code list}, as a page of it would carry it. */
    public String cursor(String list, Cursor cursor) {
        return cursors.encode(list, cursor);
    }

    /** A page of {@code list} on the wire, its next cursor signed for that list. */
    public <D, T> PageResponse<T> response(Page<D> page, Function<? super D, T> map, String list) {
        return PageResponse.from(page, map, cursors, list);
    }

    /**
     * A query parameter given at most once, whose percent-decoding is strict UTF-8 and whose text every storage
     * holds the same (no NUL, no unpaired surrogate); any other is listed in {@code errors}.
     */
    public static Optional<String> single(UriQuery q, String name, BadRequestCollector errors) {
        if (!q.contains(name)) {
            return Optional.empty();
        }
        List<String> all = q.all(name);
        if (all.size() != 1) {
            errors.add(name, "must be given once");
            return Optional.empty();
        }
        if (!StorableText.strictlyEncoded(q.getRaw(name))) {
            errors.add(name, StorableText.BAD_UTF8);
            return Optional.empty();
        }
        Optional<String> problem = StorableText.problem(all.getFirst());
        if (problem.isPresent()) {
            errors.add(name, problem.get());
            return Optional.empty();
        }
        return Optional.of(all.getFirst());
    }
}
