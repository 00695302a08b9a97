package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;

/** The one line the server prints when DATABASE_URL names a database it cannot use: the reason and what to do. */
class PostgresStorageProviderStartupTest {
    private static void open(Map<String, String> values) throws Exception {
        new PostgresStorageProvider().open(StorageConfiguration.of(values), StorageContext.system()).close();
    }

    @Test
    void aMissingDatabase_isReportedAtOnce_withPostgresqlsReason_andWhatToCheck() {
        PgTarget server = TestDatabase.serverTarget();
        String url = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/agentdata_absent";
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> open(Map.of("db.url", url)))
                .isInstanceOf(StorageOpenException.class)
                .hasMessage("the database at jdbc:postgresql://" + server.host() + ":" + server.port()
                        + "/agentdata_absent cannot be used: FATAL: database \"agentdata_absent\" does not exist"
                        + " (waiting will not fix this: check DATABASE_URL)");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClosedPort_isRetriedForDbStartupTimeout_thenNamesTheSettingAndTheReason() {
        PgTarget server = TestDatabase.serverTarget();
        String url = "postgresql://" + server.user() + "@" + server.host() + ":1/" + server.database();
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> open(Map.of("db.url", url, "db.startup-timeout", "1")))
                .isInstanceOf(StorageOpenException.class)
                .hasMessageStartingWith("the database at jdbc:postgresql://" + server.host() + ":1/" + server.database()
                        + " did not answer within 1 s (DB_STARTUP_TIMEOUT): ")
                .hasMessageContaining("refused");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
    }
}
