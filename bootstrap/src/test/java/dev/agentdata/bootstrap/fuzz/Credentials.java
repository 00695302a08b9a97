package dev.agentdata.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JWTs minted like the identity provider's, and the kinds of bad credentials the fuzzer presents. */
final class Credentials {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * A kind of credential; {@code expected} is the status every route must answer with it (401), or null when it
     * depends on the route (a valid key without the route's permission: 403 or the route's own answer).
     */
    record Kind(String name, Map<String, String> headers, Integer expected) {
    }

    private final String secret;

    Credentials(String secret) {
        this.secret = secret;
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static Map<String, String> apiKey(String key) {
        return Map.of("X-API-Key", key);
    }

    String user(UUID id, boolean admin) {
        return jwt("HS256", secret, claims(id, admin));
    }

    static Map<String, Object> claims(UUID id, boolean admin) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", id.toString());
        claims.put("email", "fuzz-" + id.toString().substring(0, 8) + "@example.org");
        claims.put("exp", Instant.now().getEpochSecond() + 3600);
        if (admin) {
            claims.put("role", "admin");
        }
        return claims;
    }

    /** The 22 kinds of bad credentials, given a revoked key, a key with only {@code read_block} and one with all. */
    List<Kind> badKinds(String revokedKey, String readBlockKey, String allPermissionsKey) {
        UUID someone = UUID.randomUUID();
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("no credentials", Map.of(), 401));
        kinds.add(new Kind("Bearer without a token", Map.of("Authorization", "Bearer"), 401));
        kinds.add(new Kind("Bearer garbage", Map.of("Authorization", "Bearer not-a-jwt"), 401));
        kinds.add(new Kind("Bearer with three garbage parts", bearer("eyJ.eyJ.sig"), 401));
        kinds.add(new Kind("Basic scheme", Map.of("Authorization", "Basic dXNlcjpwYXNz"), 401));
        kinds.add(new Kind("alg none", bearer(jwt("none", secret, claims(someone, false))), 401));
        kinds.add(new Kind("signed HS512", bearer(jwt("HS512", secret, claims(someone, false))), 401));
        kinds.add(new Kind("header says RS256", bearer(jwt("RS256", secret, claims(someone, false))), 401));
        kinds.add(new Kind("wrong secret", bearer(jwt("HS256", secret + "-not", claims(someone, false))), 401));
        kinds.add(new Kind("tampered payload", bearer(tampered(user(someone, false))), 401));
        kinds.add(new Kind("expired", bearer(jwt("HS256", secret, with(claims(someone, false), "exp",
                Instant.now().getEpochSecond() - 60))), 401));
        kinds.add(new Kind("missing exp", bearer(jwt("HS256", secret, with(claims(someone, false), "exp", null))), 401));
        kinds.add(new Kind("missing sub", bearer(jwt("HS256", secret, with(claims(someone, false), "sub", null))), 401));
        kinds.add(new Kind("sub not a UUID", bearer(jwt("HS256", secret, with(claims(someone, false), "sub", "alice"))),
                401));
        kinds.add(new Kind("exp not a number", bearer(jwt("HS256", secret, with(claims(someone, false), "exp", "soon"))),
                401));
        kinds.add(new Kind("NUL in a claim", bearer(jwt("HS256", secret, with(claims(someone, false), "email",
                "a\u0000b@example.org"))), 401));
        kinds.add(new Kind("payload not JSON", bearer(signed("{\"alg\":\"HS256\"}", "not json", secret)), 401));
        kinds.add(new Kind("revoked API key", apiKey(revokedKey), 401));
        kinds.add(new Kind("unknown API key", apiKey("agd_" + "A".repeat(43)), 401));
        kinds.add(new Kind("malformed API key", apiKey("agd_short"), 401));
        kinds.add(new Kind("API key with only read_block", apiKey(readBlockKey), null));
        kinds.add(new Kind("API key with every permission", apiKey(allPermissionsKey), null));
        return kinds;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return claims;
    }

    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"", "\"sub\":\"0");
        return parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    static String jwt(String alg, String secret, Map<String, Object> claims) {
        try {
            return signed(MAPPER.writeValueAsString(Map.of("alg", alg, "typ", "JWT")),
                    MAPPER.writeValueAsString(claims), secret, alg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(String header, String payload, String secret) {
        return signed(header, payload, secret, "HS256");
    }

    private static String signed(String header, String payload, String secret, String alg) {
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        if (alg.equals("none")) {
            return input + ".";
        }
        String mac = alg.equals("HS512") ? "HmacSHA512" : "HmacSHA256";
        try {
            Mac m = Mac.getInstance(mac);
            m.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), mac));
            return input + "." + B64.encodeToString(m.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
