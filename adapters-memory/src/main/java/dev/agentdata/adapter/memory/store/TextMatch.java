package dev.agentdata.adapter.memory.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

import dev.agentdata.domain.store.ListingContent;

/**
 * The memory stand-in for Postgres' {@code websearch_to_tsquery('english', q)}: words are lower-cased, English
 * stop words dropped and the rest stemmed with the same Snowball stemmer Postgres uses; {@code or} joins
 * alternatives, {@code -word} excludes, a quoted phrase needs its words in order. The rank weighs name over sub
 * heading over description, as the Postgres tsvector weights A, B and C do.
 */
final class TextMatch {
    private static final double NAME = 1.0;
    private static final double SUB_HEADING = 0.4;
    private static final double DESCRIPTION = 0.2;
    /** Postgres' {@code english.stop}. */
    private static final Set<String> STOP_WORDS = Set.of("i", "me", "my", "myself", "we", "our", "ours", "ourselves",
            "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
            "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
            "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or",
            "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into",
            "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on",
            "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how",
            "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only",
            "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now");

    private TextMatch() {
    }

    /** One query term: a word or a quoted phrase (stemmed, stop words gone), perhaps negated. */
    private record Term(List<String> words, boolean negated) {
    }

    /** The rank of the content for the query, or a negative number when it does not match. */
    static double rank(String query, ListingContent c) {
        List<List<Term>> alternatives = parse(query);
        List<String> name = tokens(c.name());
        List<String> sub = tokens(c.subHeading());
        List<String> desc = tokens(c.description());
        double best = -1;
        for (List<Term> all : alternatives) {
            double rank = 0;
            for (Term t : all) {
                double w = (contains(name, t.words()) ? NAME : 0) + (contains(sub, t.words()) ? SUB_HEADING : 0)
                        + (contains(desc, t.words()) ? DESCRIPTION : 0);
                if (t.negated() ? w > 0 : w == 0) {
                    rank = -1;
                    break;
                }
                rank += w;
            }
            if (rank >= 0) {
                best = Math.max(best, rank);
            }
        }
        return best;
    }

    /** Groups of terms that must all hold, joined by {@code or}; terms without words (stop words only) are gone. */
    private static List<List<Term>> parse(String query) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> current = new ArrayList<>();
        String q = query.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < q.length()) {
            char ch = q.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            boolean negated = ch == '-';
            int start = negated ? i + 1 : i;
            String raw;
            boolean phrase = start < q.length() && q.charAt(start) == '"';
            if (phrase) {
                int end = q.indexOf('"', start + 1);
                end = end < 0 ? q.length() : end;
                raw = q.substring(start + 1, end);
                i = end + 1;
            } else {
                int end = start;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                raw = q.substring(start, end);
                i = Math.max(end, i + 1);
            }
            if (!phrase && !negated && raw.equals("or")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            List<String> words = tokens(raw);
            if (!words.isEmpty()) {
                current.add(new Term(words, negated));
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static boolean contains(List<String> text, List<String> words) {
        return words.size() == 1 ? text.contains(words.getFirst()) : Collections.indexOfSubList(text, words) >= 0;
    }

    /** The stemmed words of {@code text}, in order, without stop words. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty() && !STOP_WORDS.contains(raw)) {
                stemmer.setCurrent(raw);
                stemmer.stem();
                out.add(stemmer.getCurrent());
            }
        }
        return out;
    }
}
