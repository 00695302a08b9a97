package dev.agentdata.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.execution.ExecutionStatus;

/** The property harness itself: it runs every case, and a broken rule fails with a seed that replays the failure. */
class RandomCasesTest {
    /** The lifecycle rule with a deliberate bug: a completed execution may run again. */
    private static final BiPredicate<ExecutionStatus, ExecutionStatus> BROKEN_RULE =
            (from, to) -> from.canMoveTo(to) || (from == ExecutionStatus.COMPLETED && to == ExecutionStatus.RUNNING);

    /** Up to 30 attempted statuses, any order, repeats allowed. */
    private static List<ExecutionStatus> attempts(Random random) {
        return RandomCases.listOf(random, 30, r -> RandomCases.oneOf(r, ExecutionStatus.values()));
    }

    /** The property of ExecutionLifecyclePropertyTest, over a rule given as a predicate. */
    private static void terminalStaysTerminal(List<ExecutionStatus> attempts,
                                              BiPredicate<ExecutionStatus, ExecutionStatus> rule) {
        ExecutionStatus status = ExecutionStatus.QUEUED;
        for (ExecutionStatus to : attempts) {
            ExecutionStatus before = status;
            if (rule.test(status, to)) {
                status = to;
            }
            if (before.isTerminal()) {
                assertThat(status).as("a terminal status never changes").isEqualTo(before);
            }
        }
    }

    @Test
    void passingProperty_runsEveryCase() {
        AtomicInteger runs = new AtomicInteger();

        RandomCases.forAll(500, RandomCasesTest::attempts, a -> {
            runs.incrementAndGet();
            terminalStaysTerminal(a, ExecutionStatus::canMoveTo);
        });

        assertThat(runs).hasValue(500);
    }

    @Test
    void brokenRule_failsNamingSeedCaseAndInput_andTheSeedReplaysTheSameFailure() {
        long seed = new Random().nextLong();

        AssertionError first = catchThrowableOfType(AssertionError.class, () -> RandomCases.forAll(seed, 1000,
                RandomCasesTest::attempts, a -> terminalStaysTerminal(a, BROKEN_RULE)));
        AssertionError replay = catchThrowableOfType(AssertionError.class, () -> RandomCases.forAll(seed, 1000,
                RandomCasesTest::attempts, a -> terminalStaysTerminal(a, BROKEN_RULE)));

        assertThat(first).as("the broken rule is caught").isNotNull();
        assertThat(first.getMessage()).contains("with seed " + seed, "-Dagentdata.seed=" + seed, "input: [",
                "a terminal status never changes");
        assertThat(replay.getMessage()).isEqualTo(first.getMessage());
    }

    @Test
    void seedProperty_fixesTheSeed() {
        String before = System.getProperty(RandomCases.SEED_PROPERTY);
        try {
            System.setProperty(RandomCases.SEED_PROPERTY, "42");
            assertThat(RandomCases.seed()).isEqualTo(42L);
            System.setProperty(RandomCases.SEED_PROPERTY, "not-a-number");
            assertThatThrownBy(RandomCases::seed).isInstanceOf(NumberFormatException.class);
        } finally {
            if (before == null) {
                System.clearProperty(RandomCases.SEED_PROPERTY);
            } else {
                System.setProperty(RandomCases.SEED_PROPERTY, before);
            }
        }
    }
}
