package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The pool's timeout count follows real acquisition timeouts, not ordinary borrows. */
class PoolTimeoutCounterTest {
    @Test
    void givenExhaustedPool_waitingPastTheTimeout_isCountedOnce() throws Exception {
        try (PostgresStorage storage = new PostgresStorage(TestDatabase.freshSettings().withPoolSize(1).withTimeouts(5, 1))) {
            try (Connection held = storage.dataSource().getConnection()) {
                assertThat(storage.poolTimeouts()).isZero();

                assertThatThrownBy(() -> storage.dataSource().getConnection().close())
                        .isInstanceOf(SQLTransientConnectionException.class);

                assertThat(storage.poolTimeouts()).isEqualTo(1);
            }
            try (Connection again = storage.dataSource().getConnection()) {
                assertThat(storage.poolTimeouts()).isEqualTo(1);
            }
        }
    }
}
