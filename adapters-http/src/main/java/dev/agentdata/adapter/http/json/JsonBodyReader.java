package dev.agentdata.adapter.http.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.adapter.http.common.PayloadTooLargeException;
import dev.agentdata.adapter.http.common.StorableText;
import dev.agentdata.adapter.http.common.UnsupportedMediaException;
import dev.agentdata.domain.common.Violation;

/**
 * Reads request bodies strictly: a body that is not empty must be {@code application/json} in UTF-8 (415 otherwise;
 * an empty one has no media type to check), decoded as strict UTF-8,
 * one JSON object whose keys appear once, every string and key text that all storages hold the same (no NUL, no
 * unpaired surrogate), bound to the request type with every shape error listed (400).
 */
public final class JsonBodyReader {
    private final ObjectMapper mapper;
    private final ErrorCollectingBinder binder;
    private final long maxPayloadBytes;

    /** @param maxPayloadBytes the body limit the server enforces, named in the 413 of a chunked body over it */
    public JsonBodyReader(ObjectMapper mapper, long maxPayloadBytes) {
        this.mapper = mapper;
        this.binder = new ErrorCollectingBinder(mapper);
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** Reads the body as {@code type}; anything but a JSON object of that shape is a {@link BadRequestException}. */
    public <T> T read(ServerRequest req, Class<T> type) {
        if (!small(req)) {
            return bind(requiredTree(req), type, new ArrayList<>());
        }
        byte[] body = bytes(req);
        if (body.length == 0) {
            throw BadRequestException.of("", "a JSON body is required");
        }
        requireJson(req);
        return parse(body, type);
    }

    /**
     * A body of a declared length up to {@link #ONE_PASS_MAX_BYTES}: read into memory whole, for {@link #parse}.
     * Larger and chunked ones stream into the tree as before, so a big graph is not held as bytes and text too.
     */
    private static boolean small(ServerRequest req) {
        return req.headers().contentLength().orElse(Long.MAX_VALUE) <= ONE_PASS_MAX_BYTES;
    }

    /** The largest body {@link #parse} reads in one pass (the lifecycle's bodies are a few hundred bytes). */
    static final long ONE_PASS_MAX_BYTES = 64 * 1024;

    /**
     * One pass for a body that binds (the executors' calls): strict UTF-8 decoding, then Jackson straight into
     * {@code type}, with the same mapper and so the same strictness (duplicate keys, unknown fields, coercions,
     * trailing tokens). A text without a backslash-u escape holds no NUL and no unpaired surrogate (strict UTF-8
     * encodes neither), so it needs no walk for them. Anything else, or any failure, takes the tree path, which
     * names every problem: its answers are the ones it always gave.
     */
    private <T> T parse(byte[] body, Class<T> type) {
        String text = strictUtf8(body);
        if (text != null && text.indexOf("\\u") < 0) {
            try {
                T value = mapper.readValue(text, type);
                if (value != null) {
                    return value;
                }
            } catch (JacksonException e) {
                // the tree path below lists what is wrong
            }
        }
        return bind(tree(new ByteArrayInputStream(body)), type, new ArrayList<>());
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private byte[] bytes(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RequestException e) {
            throw tooLarge(e);
        }
    }

    /**
     * Like {@link #read(ServerRequest, Class)}, and top-level fields that may be absent but not an explicit
     * {@code null} (PATCH bodies) are a 400 when null.
     */
    public <T> T readPatch(ServerRequest req, Class<T> type) {
        JsonNode tree = requiredTree(req);
        List<Violation> errors = new ArrayList<>();
        if (tree.isObject()) {
            tree.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    errors.add(new Violation(e.getKey(), "must not be null"));
                }
            });
        }
        return bind(tree, type, errors);
    }

    /**
     * For a body whose fields are all optional: an empty body, whatever its {@code Content-Type}, means
     * {@code whenAbsent}; any other is read like {@link #read(ServerRequest, Class)}.
     */
    public <T> T readOrDefault(ServerRequest req, Class<T> type, T whenAbsent) {
        if (small(req)) {
            byte[] body = bytes(req);
            if (body.length == 0) {
                return whenAbsent;
            }
            requireJson(req);
            return parse(body, type);
        }
        PushbackInputStream body = new PushbackInputStream(req.content().inputStream(), 1);
        if (isEmpty(body)) {
            return whenAbsent;
        }
        requireJson(req);
        return bind(tree(body), type, new ArrayList<>());
    }

    private JsonNode requiredTree(ServerRequest req) {
        PushbackInputStream body = new PushbackInputStream(req.content().inputStream(), 1);
        if (isEmpty(body)) {
            throw BadRequestException.of("", "a JSON body is required");
        }
        requireJson(req);
        return tree(body);
    }

    private static void requireJson(ServerRequest req) {
        List<String> contentType = req.headers().contains(HeaderNames.CONTENT_TYPE)
                ? req.headers().get(HeaderNames.CONTENT_TYPE).allValues() : List.of();
        if (!JsonMediaType.accepts(contentType)) {
            throw new UnsupportedMediaException("request bodies must be application/json (charset utf-8 if given)");
        }
    }

    private boolean isEmpty(PushbackInputStream body) {
        try {
            int first = body.read();
            if (first < 0) {
                return true;
            }
            body.unread(first);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RequestException e) {
            throw tooLarge(e);
        }
    }

    /**
     * A chunked body over the limit, as the API's own 413 (which closes the connection): left to Helidon, its answer
     * says {@code Connection: close}, yet the connection stays open and the rest of the body is read as a request.
     */
    private RuntimeException tooLarge(RequestException e) {
        boolean overLimit = e.status().code() == Status.REQUEST_ENTITY_TOO_LARGE_413.code();
        return overLimit ? new PayloadTooLargeException(maxPayloadBytes) : e;
    }

    /** Parses the body from strict UTF-8: overlong forms, encoded surrogates, code points past U+10FFFF are 400. */
    private JsonNode tree(InputStream body) {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        JsonNode tree;
        try (var reader = new InputStreamReader(body, utf8)) {
            tree = mapper.readTree(reader);
        } catch (RequestException e) {
            throw tooLarge(e);
        } catch (CharacterCodingException e) {
            throw BadRequestException.of("", "the body must be valid UTF-8");
        } catch (JacksonException e) {
            throw BadRequestException.of("", "malformed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw BadRequestException.of("", "a JSON object is required");
        }
        return tree;
    }

    private <T> T bind(JsonNode tree, Class<T> type, List<Violation> errors) {
        unstorableText(tree, new ArrayList<>(), errors);
        return binder.bind(tree, type, errors);
    }

    /** Records the path of every string value or field name that not every storage can hold the same. */
    private static void unstorableText(JsonNode node, List<Object> steps, List<Violation> errors) {
        if (errors.size() >= ErrorCollectingBinder.MAX_ERRORS) {
            return;
        }
        if (node.isTextual()) {
            StorableText.problem(node.textValue()).ifPresent(p -> errors.add(new Violation(JsonPath.of(steps), p)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                steps.add(i);
                unstorableText(node.get(i), steps, errors);
                steps.removeLast();
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                steps.add(field.getKey());
                Optional<String> problem = StorableText.problem(field.getKey());
                if (problem.isPresent()) {
                    errors.add(new Violation(JsonPath.of(steps), problem.get()));
                } else {
                    unstorableText(field.getValue(), steps, errors);
                }
                steps.removeLast();
            }
        }
    }
}
