package dev.agentdata.bootstrap;

import java.time.Duration;

/**
 * Timing of the execution event streams.
 *
 * @param keepAlive       an idle stream sends {@code : keep-alive} this often ({@code EVENTS_KEEP_ALIVE})
 * @param credentialCheck a stream re-checks its token or API key this often ({@code EVENTS_CREDENTIAL_CHECK})
 * @param pollInterval    the server's one waker polls the outbox this often while a stream is open
 *                        ({@code EVENTS_POLL_INTERVAL})
 */
public record EventSettings(Duration keepAlive, Duration credentialCheck, Duration pollInterval) {
}
