package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.WritePositions;

/**
 * The behaviour every {@link WritePositions} adapter must show: no epoch means no floor (the caller reads the primary
 * and starts one); a floor is the higher of the user's position and the epoch; positions and the epoch only rise,
 * even when writers race; a position counts for as long as it is kept.
 */
public abstract class WritePositionsContractTest {
    private static final Duration KEEP = Duration.ofMinutes(1);

    /** Fresh positions, with no epoch yet (a shared store: under keys no other test uses). */
    protected abstract WritePositions positions();

    @Test
    void givenNoEpoch_thereIsNoFloor_evenForAUserWithAPosition() {
        WritePositions positions = positions();
        UUID user = UUID.randomUUID();
        positions.remember(user, 500, KEEP);

        assertThat(positions.floor(user)).isEmpty();
    }

    @Test
    void aFloorIsTheHigherOfTheUsersPositionAndTheEpoch() {
        WritePositions positions = positions();
        UUID writer = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        positions.startEpoch(1_000);
        positions.remember(writer, 5_000, KEEP);

        assertThat(positions.floor(writer)).isEqualTo(OptionalLong.of(5_000));
        assertThat(positions.floor(quiet)).isEqualTo(OptionalLong.of(1_000));

        positions.startEpoch(9_000);
        assertThat(positions.floor(writer)).isEqualTo(OptionalLong.of(9_000));
    }

    @Test
    void positionsAndTheEpochOnlyRise() {
        WritePositions positions = positions();
        UUID user = UUID.randomUUID();
        positions.startEpoch(0x2_0000_0000L);
        positions.startEpoch(0x1_0000_0000L);
        positions.remember(user, 0x3_0000_00FFL, KEEP);
        positions.remember(user, 0x3_0000_0001L, KEEP);

        assertThat(positions.floor(user)).isEqualTo(OptionalLong.of(0x3_0000_00FFL));
        assertThat(positions.floor(UUID.randomUUID())).isEqualTo(OptionalLong.of(0x2_0000_0000L));
    }

    @Test
    void givenWritersRacing_theHighestPositionWins() throws Exception {
        WritePositions positions = positions();
        UUID user = UUID.randomUUID();
        positions.startEpoch(1);
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 1; i <= 200; i++) {
                long position = i * 16L;
                writes.add(pool.submit(() -> positions.remember(user, position, KEEP)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }

        assertThat(positions.floor(user)).isEqualTo(OptionalLong.of(200 * 16L));
    }

    @Test
    void givenAPositionPastItsKeep_theEpochIsTheFloor() throws Exception {
        WritePositions positions = positions();
        UUID user = UUID.randomUUID();
        positions.startEpoch(10);
        positions.remember(user, 99, Duration.ofMillis(50));

        Thread.sleep(150);

        assertThat(positions.floor(user)).isEqualTo(OptionalLong.of(10));
    }
}
