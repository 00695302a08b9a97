package dev.agentdata.adapter.http.graph;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.graph.LinkInput;

/** A link as a client writes it (the server gives it an id). */
public record LinkRequest(String sourceId, String sinkId, String sourceName, String sinkName,
                          @JsonProperty("is_static") Boolean isStatic) {

    void checkShape(String path, BadRequestCollector errors) {
        errors.required(path + ".source_id", sourceId).required(path + ".sink_id", sinkId)
                .required(path + ".source_name", sourceName).required(path + ".sink_name", sinkName);
    }

    LinkInput toInput() {
        return new LinkInput(sourceId, sinkId, sourceName, sinkName, Boolean.TRUE.equals(isStatic));
    }
}
