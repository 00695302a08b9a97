package dev.agentdata.adapter.http.route;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/**
 * One route of the API: method, path template (such as {@code /api/v1/graphs/{id}}), who may call it, handler, and
 * what it tells the read/write splitting.
 */
public record Route(Method method, String template, Access access, Handler handler, ReplicaPolicy replicas) {
    /** A route the primary answers, whose writes change the caller's data. */
    public Route(Method method, String template, Access access, Handler handler) {
        this(method, template, access, handler, ReplicaPolicy.PRIMARY);
    }
}
