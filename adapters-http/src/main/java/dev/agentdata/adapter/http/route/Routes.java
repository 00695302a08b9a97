package dev.agentdata.adapter.http.route;

import java.util.ArrayList;
import java.util.List;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/**
 * Where a feature service declares its routes: method, path template, who may call it, and the handler; reads of the
 * caller's own data that a replica may answer are declared with {@link #getOwnData}.
 */
public final class Routes {
    private final List<Route> declared = new ArrayList<>();

    public Routes get(String template, Access access, Handler handler) {
        return add(Method.GET, template, access, handler);
    }

    /** A GET of the caller's own data: a replica that has replayed the caller's writes may answer it. */
    public Routes getOwnData(String template, Access access, Handler handler) {
        declared.add(new Route(Method.GET, template, access, handler, ReplicaPolicy.OWN_DATA));
        return this;
    }

    /** The route declared last also changes the data of the user its path parameter {@code parameter} names. */
    public Routes changingUserIn(String parameter) {
        Route last = declared.removeLast();
        declared.add(new Route(last.method(), last.template(), last.access(), last.handler(),
                ReplicaPolicy.changesUserIn(parameter)));
        return this;
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
