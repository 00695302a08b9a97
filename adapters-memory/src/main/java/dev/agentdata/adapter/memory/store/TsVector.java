package dev.agentdata.adapter.memory.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.agentdata.domain.store.ListingContent;

/**
 * The memory copy of a listing's Postgres {@code search} column: {@code setweight(to_tsvector(name), 'A') ||
 * setweight(to_tsvector(sub_heading), 'B') || setweight(to_tsvector(description), 'C')}, lexeme by lexeme with
 * positions (stop words take a position, a concatenated field starts after the highest position so far).
 */
final class TsVector {
    static final float A = 1.0f;
    static final float B = 0.4f;
    static final float C = 0.2f;
    private static final int MAX_POS = 16383;

    /** One occurrence of a lexeme. */
    record Pos(int pos, float weight) {
    }

    private final Map<String, List<Pos>> lexemes = new HashMap<>();
    private int maxPos;

    static TsVector of(ListingContent c) {
        TsVector v = new TsVector();
        v.append(c.name(), A);
        v.append(c.subHeading(), B);
        v.append(c.description(), C);
        return v;
    }

    private void append(String text, float weight) {
        int offset = maxPos;
        int pos = 0;
        for (String word : TextMatch.words(text)) {
            pos++;
            if (TextMatch.isStopWord(word)) {
                continue;
            }
            int at = Math.min(offset + pos, MAX_POS - 1);
            lexemes.computeIfAbsent(TextMatch.stem(word), k -> new ArrayList<>()).add(new Pos(at, weight));
            maxPos = Math.max(maxPos, at);
        }
    }

    /** The occurrences of {@code lexeme} in position order, or null when it does not occur. */
    List<Pos> positions(String lexeme) {
        return lexemes.get(lexeme);
    }

    boolean hasAt(String lexeme, int pos) {
        List<Pos> ps = lexemes.get(lexeme);
        if (ps == null) {
            return false;
        }
        for (Pos p : ps) {
            if (p.pos() == pos) {
                return true;
            }
        }
        return false;
    }
}
