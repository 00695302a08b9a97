package dev.agentdata.bootstrap;

import java.util.Optional;
import java.util.function.Function;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;

import dev.agentdata.application.port.out.storage.StorageProvider;

/** Everything agentdata reads from its configuration, validated once at start-up. */
public record AppConfig(ServerSettings server, AuthSettings auth, StorageSettings storage) {

    public static AppConfig from(Config config) {
        ServerSettings server = new ServerSettings(
                string(config, "server.host", "0.0.0.0"),
                number(config, "server.port", 8080, "SERVER_PORT", Integer::parseInt),
                number(config, "server.max-payload-size", 16L * 1024 * 1024, "MAX_PAYLOAD_BYTES", Long::parseLong));
        AuthSettings auth = new AuthSettings(Optional.of(string(config, "auth.jwt-secret", "")));
        StorageProvider provider = StorageProviders.select(string(config, "storage.kind", "postgres"));
        StorageProviders.validate(config);
        StorageSettings storage = new StorageSettings(provider, StorageProviders.configuration(config, provider),
                StorageProviders.unusedVariables(config, provider),
                bool(config, "storage.graph-cache.enabled", true, "GRAPH_CACHE_ENABLED"),
                number(config, "storage.graph-cache.max-weight", 1_000_000L, "GRAPH_CACHE_MAX_WEIGHT", Long::parseLong));
        return new AppConfig(server, auth, storage);
    }

    public AppConfig withServer(ServerSettings newServer) {
        return new AppConfig(newServer, auth, storage);
    }

    public AppConfig withAuth(AuthSettings newAuth) {
        return new AppConfig(server, newAuth, storage);
    }

    private static String string(Config config, String key, String fallback) {
        return config.get(key).asString().orElse(fallback).strip();
    }

    private static <T> T number(Config config, String key, T fallback, String variable, Function<String, T> parse) {
        String raw = string(config, key, "");
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(raw);
        } catch (NumberFormatException | ConfigException e) {
            throw new StartupException(variable + " must be a whole number, was '" + raw + "'");
        }
    }

    private static boolean bool(Config config, String key, boolean fallback, String variable) {
        String raw = string(config, key, "");
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> fallback;
            case "true" -> true;
            case "false" -> false;
            default -> throw new StartupException(variable + " must be true or false, was '" + raw + "'");
        };
    }
}
