package dev.agentdata.adapter.http.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.domain.common.Violation;

/** The one ObjectMapper of the API and the strict reading/writing of bodies with it. */
public final class JsonCodec {
    /** Why a string with U+0000 is refused: Postgres text and jsonb cannot hold it, so no storage accepts it. */
    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";
    private static final int MAX_SHAPE_ERRORS = 100;
    private final ObjectMapper mapper;

    public JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** snake_case, unknown fields rejected at any depth, no scalar coercion, RFC 3339 timestamps. */
    public static ObjectMapper newMapper() {
        ObjectMapper m = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .build();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return m;
    }

    public ObjectMapper mapper() {
        return mapper;
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
            throw badRequest(all);
        }
        if (!nulls.isEmpty()) {
            throw badRequest(nulls);
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
        if (contentType.isPresent() && !contentType.get().test(io.helidon.common.media.type.MediaTypes.APPLICATION_JSON)) {
            throw new UnsupportedMediaException("request bodies must be application/json");
        }
        byte[] bytes;
        try (InputStream in = req.content().inputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /**
     * Binds the body to {@code type}. A shape error (unknown field, wrong type, number out of range) is recorded,
     * the offending value is pruned from the tree and binding is retried, so the 400 lists every such error.
     */
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
        while (errors.size() < MAX_SHAPE_ERRORS) {
            List<Object> steps;
            String message;
            try {
                T value = mapper.treeToValue(tree, type);
                if (errors.isEmpty()) {
                    if (value == null) {
                        throw BadRequestException.of("", "a JSON object is required");
                    }
                    return value;
                }
                break;
            } catch (UnrecognizedPropertyException e) {
                steps = steps(e);
                message = "unknown field";
            } catch (MismatchedInputException e) {
                steps = steps(e);
                message = "wrong JSON type";
            } catch (JsonMappingException e) {
                steps = steps(e);
                message = "invalid value";
            } catch (InputCoercionException e) {
                steps = steps(e);
                message = "number out of range";
            } catch (JacksonException e) {
                errors.add(new Violation("", "malformed JSON"));
                break;
            }
            errors.add(new Violation(path(steps), message));
            if (!prune(tree, steps)) {
                break;
            }
        }
        throw badRequest(errors);
    }

    /** Records the path of every string value or field name holding U+0000. */
    private static void nulStrings(JsonNode node, List<Object> steps, List<Violation> errors) {
        if (errors.size() >= MAX_SHAPE_ERRORS) {
            return;
        }
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            errors.add(new Violation(path(steps), NUL_MESSAGE));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                steps.add(i);
                nulStrings(node.get(i), steps, errors);
                steps.removeLast();
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                steps.add(field.getKey());
                if (field.getKey().indexOf('\0') >= 0) {
                    errors.add(new Violation(path(steps), NUL_MESSAGE));
                } else {
                    nulStrings(field.getValue(), steps, errors);
                }
                steps.removeLast();
            }
        }
    }

    /** Removes the value at {@code steps} (an array element becomes null); false when there is nothing to remove. */
    private static boolean prune(JsonNode root, List<Object> steps) {
        if (steps.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
            if (parent == null) {
                return false;
            }
        }
        Object last = steps.getLast();
        if (parent instanceof ObjectNode object && last instanceof String field && object.has(field)) {
            object.remove(field);
            return true;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()
                && !array.get(i).isNull()) {
            array.set(i, NullNode.getInstance());
            return true;
        }
        return false;
    }

    public void send(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(bytes(body));
    }

    public byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> steps(InputCoercionException e) {
        List<Object> steps = new ArrayList<>();
        if (e.getProcessor() instanceof JsonParser parser) {
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    steps.addFirst(c.getCurrentIndex());
                } else if (c.getCurrentName() != null) {
                    steps.addFirst(c.getCurrentName());
                }
            }
        }
        return steps;
    }

    private static List<Object> steps(JsonMappingException e) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                steps.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                steps.add(ref.getIndex());
            }
        }
        return steps;
    }

    private static String path(List<Object> steps) {
        StringBuilder sb = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }

    /** Helper for callers that collect violations before throwing. */
    public static BadRequestException badRequest(List<Violation> errors) {
        return new BadRequestException("the request is malformed", errors);
    }
}
