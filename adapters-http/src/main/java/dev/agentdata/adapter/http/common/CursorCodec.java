package dev.agentdata.adapter.http.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.agentdata.application.port.out.Cursor;

/**
 * Turns a port {@link Cursor} into an opaque url-safe token signed with HMAC-SHA256 and bound to the list it
 * came from, and back; anything not issued by this codec for that list is a 400.
 */
public final class CursorCodec {
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final byte[] key;
    private final ObjectMapper mapper;

    public CursorCodec(String jwtSecret, ObjectMapper mapper) {
        this.mapper = mapper;
        this.key = hmac(jwtSecret.getBytes(StandardCharsets.UTF_8),
                "agentdata cursor key v1".getBytes(StandardCharsets.UTF_8));
    }

    public String encode(String list, Cursor cursor) {
        try {
            byte[] payload = mapper.writeValueAsBytes(cursor.values());
            return ENC.encodeToString(payload) + "." + ENC.encodeToString(sign(list, payload));
        } catch (IOException e) {
            throw new IllegalStateException("cursor encoding failed", e);
        }
    }

    public Cursor decode(String list, String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        try {
            byte[] payload = DEC.decode(token.substring(0, dot));
            byte[] mac = DEC.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, sign(list, payload))) {
                throw invalid();
            }
            return new Cursor(mapper.readValue(payload, STRINGS));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    private byte[] sign(String list, byte[] payload) {
        byte[] name = (list + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(name, name.length + payload.length);
        System.arraycopy(payload, 0, all, name.length, payload.length);
        return hmac(key, all);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static BadRequestException invalid() {
        return BadRequestException.of("cursor", "not a cursor issued for this list");
    }
}
