package dev.agentdata.adapter.http.common;

/** A body in a media type other than JSON: 415. */
public final class UnsupportedMediaException extends RuntimeException {
    public UnsupportedMediaException(String detail) {
        super(detail, null, false, false);
    }
}
