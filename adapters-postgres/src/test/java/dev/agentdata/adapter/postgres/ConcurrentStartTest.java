package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Servers starting at the same moment on a schema that does not exist yet all come up: the migrations are safe to
 * race (one server applies them, the others find them applied), straight to Postgres and through PgBouncer.
 */
class ConcurrentStartTest {
    private static final int SERVERS = 4;

    @Test
    void givenFourServersStartingTogetherOnANewSchema_allComeUp_andEachMigrationIsAppliedOnce() throws Exception {
        startTogether(schema -> new PostgresStorage(TestDatabase.serverSettings().withSchema(schema).withPoolSize(2)));
    }

    @Test
    void givenFourServersStartingTogetherThroughPgBouncer_allComeUp_andEachMigrationIsAppliedOnce() throws Exception {
        TestPgBouncer bouncer = TestPgBouncer.shared();
        startTogether(schema -> new PostgresStorage(bouncer.settings(schema).withPoolSize(2),
                TestDatabase.serverSettings().withSchema(schema).withPoolSize(2)));
    }

    private static void startTogether(Function<String, PostgresStorage> server) throws Exception {
        String schema = TestDatabase.freshSchemaName();
        CyclicBarrier together = new CyclicBarrier(SERVERS);
        ExecutorService threads = Executors.newFixedThreadPool(SERVERS);
        List<PostgresStorage> started = new ArrayList<>();
        try {
            List<Future<PostgresStorage>> starts = new ArrayList<>();
            for (int i = 0; i < SERVERS; i++) {
                starts.add(threads.submit(() -> {
                    PostgresStorage storage = server.apply(schema);
                    together.await();
                    return storage.start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100),
                            Duration.ofSeconds(1)));
                }));
            }
            for (Future<PostgresStorage> start : starts) {
                started.add(start.get());
            }
            for (PostgresStorage storage : started) {
                assertThat(storage.users().findById(java.util.UUID.randomUUID())).isEmpty();
            }
            assertThat(appliedTwice(started.getFirst())).as("migrations applied more than once").isZero();
        } finally {
            threads.shutdownNow();
            started.forEach(PostgresStorage::close);
            TestDatabase.dropSchema(schema);
        }
    }

    private static int appliedTwice(PostgresStorage storage) throws Exception {
        PostgresSettings direct = storage.directSettings();
        try (Connection c = java.sql.DriverManager.getConnection(direct.jdbcUrl(), direct.user(), direct.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) - count(DISTINCT version) FROM \"" + direct.schema()
                     + "\".flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
