package dev.agentdata.adapter.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds JWTs the way the identity provider (and smoke.py) does, including broken ones. */
public final class Tokens {
    public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Tokens() {
    }

    public static String valid(UUID sub) {
        return token("HS256", SECRET, claims(sub, "u-" + sub.toString().substring(0, 8) + "@example.org", 3600));
    }

    public static String named(UUID sub, String email, String name) {
        Map<String, Object> c = claims(sub, email, 3600);
        c.put("user_metadata", Map.of("name", name));
        return token("HS256", SECRET, c);
    }

    public static String admin(UUID sub) {
        Map<String, Object> c = claims(sub, "admin@example.org", 3600);
        c.put("role", "admin");
        return token("HS256", SECRET, c);
    }

    public static Map<String, Object> claims(UUID sub, String email, long expIn) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sub", sub.toString());
        c.put("email", email);
        c.put("iat", Instant.now().getEpochSecond());
        c.put("aud", "authenticated");
        c.put("exp", Instant.now().getEpochSecond() + expIn);
        return c;
    }

    public static String token(String alg, String secret, Map<String, Object> claims) {
        try {
            Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
            String head = enc.encodeToString(MAPPER.writeValueAsBytes(Map.of("alg", alg, "typ", "JWT")));
            String body = enc.encodeToString(MAPPER.writeValueAsBytes(claims));
            if (alg.equals("none")) {
                return head + "." + body + ".";
            }
            String macAlg = alg.equals("HS512") ? "HmacSHA512" : "HmacSHA256";
            Mac mac = Mac.getInstance(macAlg);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), macAlg));
            byte[] sig = mac.doFinal((head + "." + body).getBytes(StandardCharsets.UTF_8));
            return head + "." + body + "." + enc.encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
