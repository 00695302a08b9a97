package dev.agentdata.adapter.http.route;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/** One route of the API: method, path template (such as {@code /api/v1/graphs/{id}}), who may call it, handler. */
public record Route(Method method, String template, Access access, Handler handler) {
}
