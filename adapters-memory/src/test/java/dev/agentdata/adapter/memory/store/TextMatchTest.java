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
    void stopWordsAreDropped_andWordFormsShareAStem_asInPostgresEnglishSearch() {
        ListingContent runner = new ListingContent("The Running Agent", "Crunches numbers", "Runs the company's tasks",
                List.of());
        assertThat(TextMatch.rank("the", runner)).isNegative();
        assertThat(TextMatch.rank("the agents", runner)).isPositive();
        assertThat(TextMatch.rank("run crunch", runner)).isPositive();
        assertThat(TextMatch.rank("companies", runner)).isPositive();
        assertThat(TextMatch.rank("agent2", new ListingContent("agent2s", "", "", List.of()))).isNegative();
    }
}
