package dev.agentdata.adapter.http.graph;

import dev.agentdata.adapter.http.common.BadRequestCollector;

/** Body of {@code PUT /graphs/{id}/active-version}. */
public record ActiveVersionRequest(Integer version) {
    int checked() {
        new BadRequestCollector().required("version", version).check();
        return version;
    }
}
