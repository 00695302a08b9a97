package dev.agentdata.adapter.http.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
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
        if (tree != null && tree.isObject()) {
            Shape shape = new Shape();
            tree.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    shape.add(e.getKey(), "must not be null");
                }
            });
            shape.check();
        }
        return parse(bytes, type);
    }

    private byte[] body(ServerRequest req) {
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
        if (bytes.length == 0) {
            throw BadRequestException.of("", "a JSON body is required");
        }
        return bytes;
    }

    private <T> T parse(byte[] bytes, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw BadRequestException.of(path(e), "unknown field");
        } catch (MismatchedInputException e) {
            throw BadRequestException.of(path(e), "wrong JSON type");
        } catch (JsonMappingException e) {
            throw BadRequestException.of(path(e), "invalid value");
        } catch (JacksonException e) {
            throw BadRequestException.of("", "malformed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw BadRequestException.of("", "a JSON object is required");
        }
        return value;
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

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Helper for callers that collect violations before throwing. */
    public static BadRequestException badRequest(List<Violation> errors) {
        return new BadRequestException("the request is malformed", errors);
    }
}
