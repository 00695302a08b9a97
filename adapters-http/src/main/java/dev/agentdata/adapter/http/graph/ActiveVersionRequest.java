package dev.agentdata.adapter.http.graph;

import dev.agentdata.adapter.http.common.Shape;

/** Body of {@code PUT /graphs/{id}/active-version}. */
public record ActiveVersionRequest(Integer version) {
    int checked() {
        new Shape().required("version", version).check();
        return version;
    }
}
