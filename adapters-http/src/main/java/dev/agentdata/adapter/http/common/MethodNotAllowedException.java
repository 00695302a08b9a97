package dev.agentdata.adapter.http.common;

import io.helidon.webserver.http.Handler;

/** A known resource asked with a method it does not support: 405 with an {@code Allow} header. */
public final class MethodNotAllowedException extends RuntimeException {
    private final String allow;

    public MethodNotAllowedException(String allow) {
        super("method not allowed; allowed: " + allow, null, false, false);
        this.allow = allow;
    }

    public String allow() {
        return allow;
    }

    /** A handler to register with {@code any(path, ...)} after a path's real routes. */
    public static Handler handler(String allow) {
        return (req, res) -> {
            throw new MethodNotAllowedException(allow);
        };
    }
}
