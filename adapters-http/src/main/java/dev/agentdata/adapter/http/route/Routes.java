package dev.agentdata.adapter.http.route;

import java.util.ArrayList;
import java.util.List;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/** Where a feature service declares its routes: method, path template, who may call it, and the handler. */
public final class Routes {
    private final List<Route> declared = new ArrayList<>();

    public Routes get(String template, Access access, Handler handler) {
        return add(Method.GET, template, access, handler);
    }

    public Routes post(String template, Access access, Handler handler) {
        return add(Method.POST, template, access, handler);
    }

    public Routes put(String template, Access access, Handler handler) {
        return add(Method.PUT, template, access, handler);
    }

    public Routes patch(String template, Access access, Handler handler) {
        return add(Method.PATCH, template, access, handler);
    }

    public Routes delete(String template, Access access, Handler handler) {
        return add(Method.DELETE, template, access, handler);
    }

    List<Route> declared() {
        return List.copyOf(declared);
    }

    private Routes add(Method method, String template, Access access, Handler handler) {
        declared.add(new Route(method, template, access, handler));
        return this;
    }
}
