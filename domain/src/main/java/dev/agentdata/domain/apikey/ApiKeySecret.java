package dev.agentdata.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The raw key a client sends: {@code agd_} and 43 url-safe base64 characters (32 random bytes). Only its
 * SHA-256 hash and a short head and tail for display are ever stored.
 */
public record ApiKeySecret(String value) {
    public static final String PREFIX = "agd_";
    public static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("agd_[A-Za-z0-9_-]{43}");
    private static final int HEAD_LENGTH = 8;
    private static final int TAIL_LENGTH = 4;

    public ApiKeySecret {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an API key");
        }
    }

    public static ApiKeySecret fromRandomBytes(byte[] bytes) {
        if (bytes.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("an API key needs " + RANDOM_BYTES + " random bytes");
        }
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The key if {@code raw} has the shape of one; empty otherwise (no hashing of arbitrary input). */
    public static Optional<ApiKeySecret> parse(String raw) {
        return raw != null && FORMAT.matcher(raw).matches() ? Optional.of(new ApiKeySecret(raw)) : Optional.empty();
    }

    /** Lower-case hex SHA-256 of the key. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether {@code storedHash} is this key's hash, compared in constant time. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public String head() {
        return value.substring(0, HEAD_LENGTH);
    }

    public String tail() {
        return value.substring(value.length() - TAIL_LENGTH);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + head() + "..." + tail() + "]";
    }
}
