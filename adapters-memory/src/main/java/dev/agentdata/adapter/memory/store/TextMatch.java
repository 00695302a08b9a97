package dev.agentdata.adapter.memory.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.agentdata.domain.store.ListingContent;

/**
 * The memory stand-in for Postgres full-text search: every query token must occur in the name, sub heading or
 * description (tokens lower-cased, plurals made singular); the rank weighs name over sub heading over
 * description, as the Postgres tsvector weights A, B and C do.
 */
final class TextMatch {
    private static final double NAME = 1.0;
    private static final double SUB_HEADING = 0.4;
    private static final double DESCRIPTION = 0.2;

    private TextMatch() {
    }

    /** The rank of the content for the query, or a negative number when it does not match. */
    static double rank(String query, ListingContent c) {
        Set<String> q = tokens(query);
        if (q.isEmpty()) {
            return -1;
        }
        Set<String> name = tokens(c.name());
        Set<String> sub = tokens(c.subHeading());
        Set<String> desc = tokens(c.description());
        double rank = 0;
        for (String t : q) {
            double w = (name.contains(t) ? NAME : 0) + (sub.contains(t) ? SUB_HEADING : 0)
                    + (desc.contains(t) ? DESCRIPTION : 0);
            if (w == 0) {
                return -1;
            }
            rank += w;
        }
        return rank;
    }

    /** A plural's singular, roughly: {@code summaries -> summary}, {@code quaggas -> quagga}, {@code class} kept. */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty()) {
                out.add(stem(raw));
            }
        }
        return out;
    }
}
