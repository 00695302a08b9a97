package dev.agentdata.adapter.http.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Writes response bodies with the API's mapper: JSON, and problem documents as {@code application/problem+json}. */
public final class ResponseWriter {
    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper;

    public ResponseWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void json(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(bytes(body));
    }

    /**
     * Sends {@code problem} with its status and {@code headers}. Jackson has no media writer for
     * {@code application/problem+json}, so the bytes are written by hand.
     */
    public void problem(ServerResponse res, Status status, Object problem, List<Header> headers) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        headers.forEach(res::header);
        res.send(bytes(problem));
    }

    public byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
