package dev.agentdata.adapter.http.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.adapter.http.common.NulCharacter;
import dev.agentdata.adapter.http.common.UnsupportedMediaException;
import dev.agentdata.domain.common.Violation;

/**
 * Reads request bodies strictly: JSON only (415 otherwise), one JSON object whose keys appear once, no NUL
 * characters anywhere, bound to the request type with every shape error listed (400).
 */
public final class JsonBodyReader {
    private final ObjectMapper mapper;
    private final ErrorCollectingBinder binder;

    public JsonBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.binder = new ErrorCollectingBinder(mapper);
    }

    /** Reads the body as {@code type}; anything but a JSON object of that shape is a {@link BadRequestException}. */
    public <T> T read(ServerRequest req, Class<T> type) {
        return parse(body(req), type);
    }

    /**
     * Like {@link #read(ServerRequest, Class)}, and top-level fields that may be absent but not an explicit
     * {@code null} (PATCH bodies) are a 400 when null.
     */
    public <T> T readPatch(ServerRequest req, Class<T> type) {
        byte[] bytes = body(req);
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw BadRequestException.of("", "malformed JSON");
        }
        List<Violation> nulls = new ArrayList<>();
        if (tree != null && tree.isObject()) {
            tree.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(new Violation(e.getKey(), "must not be null"));
                }
            });
        }
        T value;
        try {
            value = parse(bytes, type);
        } catch (BadRequestException e) {
            List<Violation> all = new ArrayList<>(nulls);
            all.addAll(e.errors());
            throw BadRequestException.of(all);
        }
        if (!nulls.isEmpty()) {
            throw BadRequestException.of(nulls);
        }
        return value;
    }

    /** Like {@link #read(ServerRequest, Class)}, and an absent body means {@code whenAbsent} (all fields optional). */
    public <T> T readOrDefault(ServerRequest req, Class<T> type, T whenAbsent) {
        byte[] bytes = rawBody(req);
        return bytes.length == 0 ? whenAbsent : parse(bytes, type);
    }

    private byte[] body(ServerRequest req) {
        byte[] bytes = rawBody(req);
        if (bytes.length == 0) {
            throw BadRequestException.of("", "a JSON body is required");
        }
        return bytes;
    }

    private byte[] rawBody(ServerRequest req) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isPresent() && !contentType.get().test(MediaTypes.APPLICATION_JSON)) {
            throw new UnsupportedMediaException("request bodies must be application/json");
        }
        try (InputStream in = req.content().inputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(byte[] bytes, Class<T> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw BadRequestException.of("", "malformed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw BadRequestException.of("", "a JSON object is required");
        }
        List<Violation> errors = new ArrayList<>();
        nulStrings(tree, new ArrayList<>(), errors);
        return binder.bind(tree, type, errors);
    }

    /** Records the path of every string value or field name holding U+0000. */
    private static void nulStrings(JsonNode node, List<Object> steps, List<Violation> errors) {
        if (errors.size() >= ErrorCollectingBinder.MAX_ERRORS) {
            return;
        }
        if (node.isTextual() && NulCharacter.in(node.textValue())) {
            errors.add(new Violation(JsonPath.of(steps), NulCharacter.MESSAGE));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                steps.add(i);
                nulStrings(node.get(i), steps, errors);
                steps.removeLast();
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                steps.add(field.getKey());
                if (NulCharacter.in(field.getKey())) {
                    errors.add(new Violation(JsonPath.of(steps), NulCharacter.MESSAGE));
                } else {
                    nulStrings(field.getValue(), steps, errors);
                }
                steps.removeLast();
            }
        }
    }
}
