package dev.agentdata.adapter.memory.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.tartarus.snowball.ext.EnglishStemmer;

import dev.agentdata.domain.store.ListingContent;

/**
 * The memory stand-in for Postgres' {@code search @@ websearch_to_tsquery('english', q)} ranked by {@code ts_rank}:
 * words are lower-cased, English stop words dropped and the rest stemmed with the same Snowball stemmer Postgres
 * uses; {@code or} joins alternatives, {@code -word} excludes, a quoted phrase needs its words in order.
 */
final class TextMatch {
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

    /** Each listing text's vector, built once (as Postgres stores the generated column), dropped with the text. */
    private static final Map<ListingContent, TsVector> VECTORS = Collections.synchronizedMap(new WeakHashMap<>());

    private TextMatch() {
    }

    /** The {@code ts_rank} of the content for the query, or a negative number when it does not match. */
    static double rank(String query, ListingContent c) {
        WebSearchQuery q = WebSearchQuery.parse(query);
        TsVector doc = VECTORS.computeIfAbsent(c, TsVector::of);
        return q.matches(doc) ? TsRank.rank(q, doc) : -1;
    }

    /** The lower-cased words of {@code text}, in order, stop words included. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty()) {
                out.add(raw);
            }
        }
        return out;
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    static String stem(String word) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
