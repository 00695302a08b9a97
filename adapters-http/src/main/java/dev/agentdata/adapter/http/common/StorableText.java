package dev.agentdata.adapter.http.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text that every storage holds the same: Unicode scalar values without U+0000. Postgres text and jsonb cannot
 * hold NUL and turn an unpaired surrogate into {@code ?}, while memory would keep both, so neither is accepted.
 */
public final class StorableText {
    public static final String NUL = "must not contain the NUL character (U+0000)";
    public static final String LONE_SURROGATE = "must be valid Unicode (an unpaired surrogate such as \\ud800 is not)";
    public static final String BAD_UTF8 = "must be valid UTF-8 once percent-decoded";

    private StorableText() {
    }

    /** Why {@code text} cannot be stored as it is, or empty when it can. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a raw (still percent-encoded) URI component decodes to strict UTF-8: no overlong forms, encoded
     * surrogates, code points above U+10FFFF or truncated sequences, which a lenient decoder turns into U+FFFD.
     */
    public static boolean strictlyEncoded(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c > 0x7F) {
                return false;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
