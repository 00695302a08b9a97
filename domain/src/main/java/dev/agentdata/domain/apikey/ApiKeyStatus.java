package dev.agentdata.domain.apikey;

import java.util.Locale;
import java.util.Optional;

/** Whether a key still authenticates; revocation is final. */
public enum ApiKeyStatus {
    ACTIVE, REVOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiKeyStatus> fromWireName(String name) {
        for (ApiKeyStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
