package dev.agentdata.adapter.http.common;

/** No credentials, or credentials that do not check out: 401. */
public final class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String detail) {
        super(detail, null, false, false);
    }
}
