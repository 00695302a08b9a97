package dev.agentdata.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.json.JsonMapperPolicy;
import dev.agentdata.application.port.out.Cursor;

class CursorCodecTest {
    private final CursorCodec codec = new CursorCodec("a-secret-of-some-length-0123456789", JsonMapperPolicy.newMapper());

    @Test
    void encodedCursor_decodesToSameValues_andIsUrlSafe() {
        Cursor c = Cursor.of("1764000000000000", "a/b+c=d", "ünï");
        String token = codec.encode("executions", c);
        assertThat(token).matches("[A-Za-z0-9_.-]+");
        assertThat(codec.decode("executions", token)).isEqualTo(c);
    }

    @Test
    void cursorOfOneList_isRejectedByAnother() {
        String token = codec.encode("executions", Cursor.of("1", "2"));
        assertThatThrownBy(() -> codec.decode("graphs", token)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void tamperedOrForeignCursors_areRejected() {
        String token = codec.encode("graphs", Cursor.of("1", "2"));
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherKey = new CursorCodec("another-secret-0123456789-0123456789", JsonMapperPolicy.newMapper()).encode("graphs", Cursor.of("1", "2"));
        for (String bad : new String[] {tampered, otherKey, "bm90LWEtY3Vyc29y", "", ".", "a.b.c", "%%%.%%%"}) {
            assertThatThrownBy(() -> codec.decode("graphs", bad)).as(bad).isInstanceOf(BadRequestException.class);
        }
    }
}
