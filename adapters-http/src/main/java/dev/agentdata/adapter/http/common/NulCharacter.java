package dev.agentdata.adapter.http.common;

/** Why a string with U+0000 is refused: Postgres text and jsonb cannot hold it, so no storage accepts it. */
public final class NulCharacter {
    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    private NulCharacter() {
    }

    public static boolean in(String text) {
        return text.indexOf('\0') >= 0;
    }
}
