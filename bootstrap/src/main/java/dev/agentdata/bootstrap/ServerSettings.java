package dev.agentdata.bootstrap;

/** Where the HTTP server listens and how large a request body may be. */
public record ServerSettings(String host, int port, long maxPayloadBytes) {
    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new StartupException("SERVER_HOST must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new StartupException("SERVER_PORT must be between 0 and 65535, was " + port);
        }
        if (maxPayloadBytes < 1) {
            throw new StartupException("MAX_PAYLOAD_BYTES must be positive, was " + maxPayloadBytes);
        }
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxPayloadBytes);
    }
}
