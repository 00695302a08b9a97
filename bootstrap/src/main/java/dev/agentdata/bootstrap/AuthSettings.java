package dev.agentdata.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The HS256 secret tokens are signed with (its UTF-8 bytes are the key); empty when none is configured. */
public record AuthSettings(Optional<String> jwtSecret) {
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    public AuthSettings {
        jwtSecret = jwtSecret.filter(s -> !s.isBlank());
    }

    /** The secret, or a one-line error naming the variable to set. */
    public String requireSecret() {
        String secret = jwtSecret.orElseThrow(() -> new StartupException(
                "JWT_SECRET is not set: set it to a random string of at least " + MIN_SECRET_BYTES
                        + " bytes, or run `serve --dev` for a throwaway one"));
        int length = secret.getBytes(StandardCharsets.UTF_8).length;
        if (length < MIN_SECRET_BYTES) {
            throw new StartupException("JWT_SECRET is " + length + " bytes long; HS256 needs at least "
                    + MIN_SECRET_BYTES);
        }
        return secret;
    }

    /** A fresh random secret (43 url-safe characters, 256 bits). */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public AuthSettings withSecret(String secret) {
        return new AuthSettings(Optional.of(secret));
    }
}
