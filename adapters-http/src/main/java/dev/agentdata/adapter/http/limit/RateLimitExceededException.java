package dev.agentdata.adapter.http.limit;

/** The caller, or the client address, has spent its quota for the window: a 429 problem. */
public final class RateLimitExceededException extends RuntimeException {
    public RateLimitExceededException(String message) {
        super(message);
    }
}
