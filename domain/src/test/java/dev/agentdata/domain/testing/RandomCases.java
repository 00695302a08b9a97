package dev.agentdata.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks without a framework: a property runs over cases drawn from one seeded {@link Random}. A failure
 * names the seed, the case and its input; {@code -Dagentdata.seed=<seed>} replays exactly the same cases.
 */
public final class RandomCases {
    /** The system property that fixes the seed; without it each run draws a new one, so runs cover new cases. */
    public static final String SEED_PROPERTY = "agentdata.seed";
    private static final int MAX_INPUT_CHARS = 2_000;

    private RandomCases() {
    }

    /** Checks {@code property} on {@code tries} inputs made by {@code generator}, with the run's seed. */
    public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        forAll(seed(), tries, generator, property);
    }

    /** As {@link #forAll(int, Function, Consumer)} with a given seed. */
    public static <T> void forAll(long seed, int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on case " + i + " of " + tries + " with seed " + seed
                        + " (replay: -D" + SEED_PROPERTY + "=" + seed + ")\ninput: " + shortened(input)
                        + "\nfailure: " + e.getMessage(), e);
            }
        }
    }

    /** The seed of this run: {@value #SEED_PROPERTY} when set, otherwise a new random one. */
    public static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.strip());
        }
        return ThreadLocalRandom.current().nextLong();
    }

    /** A list of 0 to {@code maxSize} elements (each size equally likely) made by {@code element}. */
    public static <T> List<T> listOf(Random random, int maxSize, Function<Random, T> element) {
        int size = random.nextInt(maxSize + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }

    /** One of {@code values}, each equally likely. */
    public static <T> T oneOf(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String shortened(Object input) {
        String text = String.valueOf(input);
        return text.length() <= MAX_INPUT_CHARS ? text : text.substring(0, MAX_INPUT_CHARS) + "… (" + text.length()
                + " characters)";
    }
}
