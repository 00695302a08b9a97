package dev.agentdata.adapter.http;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.agentdata.adapter.http.common.CursorCodec;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.JsonMapperPolicy;
import dev.agentdata.adapter.http.json.ResponseWriter;

/**
 * The plumbing built once from the settings, shared by {@link HttpApi} and the handlers of every feature service:
 * body reading, response writing, query parameters (with the cursor key) and the clock, all on one ObjectMapper.
 */
public final class HttpToolkit {
    private final HttpSettings settings;
    private final ObjectMapper mapper;
    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;

    private HttpToolkit(HttpSettings settings) {
        this.settings = settings;
        this.mapper = JsonMapperPolicy.newMapper();
        this.bodies = new JsonBodyReader(mapper, settings.maxPayloadBytes());
        this.responses = new ResponseWriter(mapper);
        this.queries = new QueryParameters(new CursorCodec(settings.jwtSecret(), mapper));
    }

    public static HttpToolkit of(HttpSettings settings) {
        return new HttpToolkit(settings);
    }

    public JsonBodyReader bodies() {
        return bodies;
    }

    public ResponseWriter responses() {
        return responses;
    }

    public QueryParameters queries() {
        return queries;
    }

    public Clock clock() {
        return settings.clock();
    }

    HttpSettings settings() {
        return settings;
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
