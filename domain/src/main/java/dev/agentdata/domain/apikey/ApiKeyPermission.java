package dev.agentdata.domain.apikey;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do on its owner's behalf. */
public enum ApiKeyPermission {
    READ_GRAPH, EXECUTE_GRAPH, READ_BLOCK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiKeyPermission> fromWireName(String name) {
        for (ApiKeyPermission p : values()) {
            if (p.wireName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
