package dev.agentdata.adapter.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.store.ListingContent;

class TextMatchTest {
    private final ListingContent zebra = new ListingContent("Zebra summariser", "Summaries of zebra facts",
            "Reads about quaggas and writes short summaries.", List.of());

    @Test
    void everyQueryTokenMustMatch_pluralsAndCaseAside() {
        assertThat(TextMatch.rank("quagga", zebra)).isPositive();
        assertThat(TextMatch.rank("QUAGGAS summary", zebra)).isPositive();
        assertThat(TextMatch.rank("zebra xylophonist", zebra)).isNegative();
        assertThat(TextMatch.rank("  ", zebra)).isNegative();
    }

    @Test
    void nameOutranksSubHeadingOutranksDescription() {
        double name = TextMatch.rank("zebra", new ListingContent("zebra", "", "", List.of()));
        double sub = TextMatch.rank("zebra", new ListingContent("x", "zebra", "", List.of()));
        double desc = TextMatch.rank("zebra", new ListingContent("x", "", "zebra", List.of()));
        assertThat(name).isGreaterThan(sub);
        assertThat(sub).isGreaterThan(desc);
    }

    @Test
    void wordsAreStemmedAsPostgresDoes_andStopWordsIgnored() {
        assertThat(TextMatch.rank("writing", zebra)).isPositive();
        assertThat(TextMatch.rank("the summarisers that read", zebra)).isPositive();
        assertThat(TextMatch.rank("the", zebra)).isNegative();
    }

    @Test
    void websearchOperators_or_minus_andQuotedPhrases() {
        assertThat(TextMatch.rank("xylophonist or quagga", zebra)).isPositive();
        assertThat(TextMatch.rank("xylophonist or piano", zebra)).isNegative();
        assertThat(TextMatch.rank("zebra -quagga", zebra)).isNegative();
        assertThat(TextMatch.rank("zebra -piano", zebra)).isPositive();
        assertThat(TextMatch.rank("-piano", zebra)).isNotNegative();
        assertThat(TextMatch.rank("-zebra", zebra)).isNegative();
        assertThat(TextMatch.rank("\"short summaries\"", zebra)).isPositive();
        assertThat(TextMatch.rank("\"summaries short\"", zebra)).isNegative();
    }

    @Test
    void rankIsPostgresTsRank_toTheBit() {
        assertThat(TextMatch.rank("quagga", zebra)).isEqualTo(0.1215854212641716);
        assertThat(TextMatch.rank("zebra", zebra)).isEqualTo(0.6687197685241699);
        assertThat(TextMatch.rank("zebra summaries", zebra)).isEqualTo(0.8313360214233398);
        assertThat(TextMatch.rank("\"short summaries\"", zebra)).isEqualTo(0.3155522644519806);
        assertThat(TextMatch.rank("zebra or quagga", zebra)).isEqualTo(0.39515259861946106);
        assertThat(TextMatch.rank("zebra -piano", zebra)).isEqualTo(9.999999682655225e-21);
        assertThat(TextMatch.rank("writing", zebra)).isEqualTo(0.1215854212641716);
    }
}
