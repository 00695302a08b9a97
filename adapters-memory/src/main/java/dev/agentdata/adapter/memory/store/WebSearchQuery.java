package dev.agentdata.adapter.memory.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A parsed {@code websearch_to_tsquery('english', q)}: alternatives joined by {@code or}, each a list of terms that
 * must all hold; a term is a word or a quoted phrase (lexemes at fixed distances), perhaps negated by {@code -}.
 */
final class WebSearchQuery {
    /** Lexemes with their distance from the first one; {@code negated} for {@code -word}. */
    record Term(List<String> lexemes, List<Integer> offsets, boolean negated) {
        boolean matches(TsVector doc) {
            List<TsVector.Pos> first = doc.positions(lexemes.getFirst());
            if (first == null) {
                return false;
            }
            for (TsVector.Pos p : first) {
                boolean all = true;
                for (int k = 1; k < lexemes.size() && all; k++) {
                    all = doc.hasAt(lexemes.get(k), p.pos() + offsets.get(k));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<List<Term>> groups;

    private WebSearchQuery(List<List<Term>> groups) {
        this.groups = groups;
    }

    static WebSearchQuery parse(String query) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> current = new ArrayList<>();
        String q = query.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < q.length()) {
            if (Character.isWhitespace(q.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = q.charAt(i) == '-';
            int start = negated ? i + 1 : i;
            boolean quoted = start < q.length() && q.charAt(start) == '"';
            int end;
            String raw;
            if (quoted) {
                end = q.indexOf('"', start + 1);
                end = end < 0 ? q.length() : end;
                raw = q.substring(start + 1, end);
                end++;
            } else {
                end = start;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                raw = q.substring(start, end);
            }
            i = Math.max(end, i + 1);
            if (!quoted && !negated && raw.equals("or")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            term(raw, negated).ifPresent(current::add);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return new WebSearchQuery(groups);
    }

    private static java.util.Optional<Term> term(String raw, boolean negated) {
        List<String> lexemes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int pos = 0;
        int first = -1;
        for (String word : TextMatch.words(raw)) {
            pos++;
            if (!TextMatch.isStopWord(word)) {
                first = first < 0 ? pos : first;
                lexemes.add(TextMatch.stem(word));
                offsets.add(pos - first);
            }
        }
        return lexemes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Term(lexemes, offsets, negated));
    }

    /** Whether the document satisfies the query (a query of stop words only matches nothing). */
    boolean matches(TsVector doc) {
        for (List<Term> all : groups) {
            if (all.stream().allMatch(t -> t.matches(doc) != t.negated())) {
                return true;
            }
        }
        return false;
    }

    /** The query's distinct lexemes, negated ones included, in Postgres' operand order. */
    List<String> operands() {
        TreeSet<String> out = new TreeSet<>();
        groups.forEach(g -> g.forEach(t -> out.addAll(t.lexemes())));
        return List.copyOf(out);
    }

    /** Whether the query's root operator is AND or a phrase (ranked by word proximity), not OR, NOT or one word. */
    boolean conjunctive() {
        if (groups.size() != 1) {
            return false;
        }
        List<Term> terms = groups.getFirst();
        return terms.size() > 1 || !terms.getFirst().negated() && terms.getFirst().lexemes().size() > 1;
    }
}
