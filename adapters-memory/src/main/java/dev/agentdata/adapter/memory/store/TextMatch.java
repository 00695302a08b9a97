package dev.agentdata.adapter.memory.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.agentdata.domain.store.ListingContent;

/**
 * The memory stand-in for Postgres full-text search ({@code english} configuration): every query token must occur
 * in the name, sub heading or description (tokens lower-cased, Postgres' English stop words dropped, words
 * stemmed as its Snowball stemmer does, tokens with digits kept as they are); a query of stop words only matches
 * nothing. The rank weighs name over sub heading over description, as the tsvector weights A, B and C do.
 */
final class TextMatch {
    private static final double NAME = 1.0;
    private static final double SUB_HEADING = 0.4;
    private static final double DESCRIPTION = 0.2;
    /** Postgres' {@code english.stop}. */
    private static final Set<String> STOP_WORDS = Set.of(("i me my myself we our ours ourselves you your yours "
            + "yourself yourselves he him his himself she her hers herself it its itself they them their theirs "
            + "themselves what which who whom this that these those am is are was were be been being have has had "
            + "having do does did doing a an the and but if or because as until while of at by for with about "
            + "against between into through during before after above below to from up down in out on off over "
            + "under again further then once here there when where why how all any both each few more most other "
            + "some such no nor not only own same so than too very s t can will just don should now").split(" "));

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

    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty() && !STOP_WORDS.contains(raw)) {
                out.add(raw.chars().anyMatch(Character::isDigit) ? raw : EnglishStemmer.stem(raw));
            }
        }
        return out;
    }
}
