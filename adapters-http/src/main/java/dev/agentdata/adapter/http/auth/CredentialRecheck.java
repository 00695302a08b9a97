package dev.agentdata.adapter.http.auth;

/**
 * Whether the credential that opened a request is still good (a token not expired, an API key not revoked): what a
 * long-lived answer (an event stream) asks now and then. The auth filter registers one in each request's context.
 */
@FunctionalInterface
public interface CredentialRecheck {
    boolean stillValid();
}
