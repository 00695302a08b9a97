package dev.agentdata.application.service.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.execution.AwaitExecutionEventsUseCase.Subscription;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;

class ExecutionEventWakerTest {
    private static final UserEventCursor CURSOR = new UserEventCursor(0, Set.of(), Set.of(), 0);

    @Test
    void theWaker_pollsAtItsInterval_untilAQuietSecond_thenFourTimesLessOften() {
        Duration interval = Duration.ofMillis(20);
        assertThat(ExecutionEventWaker.sleepMillis(interval, 0)).isEqualTo(20);
        assertThat(ExecutionEventWaker.sleepMillis(interval, ExecutionEventWaker.QUIET_POLLS - 1)).isEqualTo(20);
        assertThat(ExecutionEventWaker.sleepMillis(interval, ExecutionEventWaker.QUIET_POLLS)).isEqualTo(80);
        assertThat(ExecutionEventWaker.sleepMillis(interval, 10_000)).isEqualTo(80);
    }

    @Test
    void aQuietOutbox_isPolledLessOften_andAChangeStillWakesItsStream() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        UUID execution = UUID.randomUUID();
        AtomicReference<Set<UUID>> changed = new AtomicReference<>(Set.of());
        ExecutionEventLog log = new QuietLog(polls, changed);
        try (ExecutionEventWaker waker = new ExecutionEventWaker(log, Duration.ofMillis(5))) {
            Subscription stream = waker.subscribe(execution, UUID.randomUUID());
            stream.await(Duration.ofSeconds(2));   // the first poll wakes every stream once
            Thread.sleep(600);                      // 50 empty polls at 5 ms: quiet from here on
            int before = polls.get();
            Thread.sleep(1_000);
            // 200 polls a second at 5 ms; 50 once quiet (a slow machine only polls less)
            assertThat(polls.get() - before).isLessThanOrEqualTo(75);

            changed.set(Set.of(execution));
            assertThat(stream.await(Duration.ofSeconds(5))).isTrue();
            stream.close();
        }
    }

    /** An outbox with nothing new, unless {@code changed} names executions. */
    private record QuietLog(AtomicInteger polls, AtomicReference<Set<UUID>> changed) implements ExecutionEventLog {
        @Override
        public Optional<List<ExecutionEvent>> after(UUID ownerId, UUID executionId, long afterSeq, int limit) {
            return Optional.of(List.of());
        }

        @Override
        public UserEventCursor userCursorNow(UUID userId) {
            return CURSOR;
        }

        @Override
        public UserEventBatch userEventsAfter(UUID userId, UserEventCursor cursor) {
            return new UserEventBatch(List.of(), CURSOR);
        }

        @Override
        public Changes changedAfter(Optional<UserEventCursor> cursor) {
            polls.incrementAndGet();
            return new Changes(changed.getAndSet(Set.of()), Set.of(), CURSOR);
        }
    }
}
