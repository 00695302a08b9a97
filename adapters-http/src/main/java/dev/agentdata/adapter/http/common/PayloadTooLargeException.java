package dev.agentdata.adapter.http.common;

/** A body that outgrew the limit while being read (chunked; a declared length is refused before routing): 413. */
public final class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes", null, false, false);
    }
}
