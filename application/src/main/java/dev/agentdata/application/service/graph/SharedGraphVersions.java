package dev.agentdata.application.service.graph;

import java.util.UUID;

/** Graph versions that anyone may read and execute, not only their owner (e.g. approved store listings). */
@FunctionalInterface
public interface SharedGraphVersions {
    /** Nothing is shared: only owners see their graphs. */
    SharedGraphVersions NONE = (graphId, version) -> false;

    boolean isShared(UUID graphId, int version);
}
