package dev.agentdata.adapter.http.route;

import java.util.Objects;
import java.util.Optional;

/**
 * What a route tells the read/write splitting (API.md "Running several servers"): whether a replica may answer it
 * (GETs of the caller's own graphs, executions, node executions and credits only), and whose data a 2xx write changes
 * besides the caller's (the user a path parameter names, as in the admin grant).
 */
public record ReplicaPolicy(boolean replicaMayAnswer, Optional<String> changedUserParameter) {
    /** The primary answers; a write changes the caller's data. */
    public static final ReplicaPolicy PRIMARY = new ReplicaPolicy(false, Optional.empty());
    /** A read of the caller's own data, which a replica that has the caller's writes may answer. */
    public static final ReplicaPolicy OWN_DATA = new ReplicaPolicy(true, Optional.empty());

    public ReplicaPolicy {
        Objects.requireNonNull(changedUserParameter, "changedUserParameter");
    }

    /** A write that also changes the data of the user whose id is the path parameter {@code parameter}. */
    public static ReplicaPolicy changesUserIn(String parameter) {
        return new ReplicaPolicy(false, Optional.of(parameter));
    }
}
