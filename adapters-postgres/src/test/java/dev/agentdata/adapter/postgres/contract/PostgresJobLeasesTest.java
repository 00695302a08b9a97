package dev.agentdata.adapter.postgres.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.StartupRetry;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.contract.JobLeasesContractTest;
import dev.agentdata.application.port.out.JobLeases;

/** The JobLeases contract on Postgres: N "servers", each with its own connection pool, on one fresh schema. */
class PostgresJobLeasesTest extends JobLeasesContractTest {
    private final List<PostgresStorage> opened = new ArrayList<>();

    @Override
    protected List<JobLeases> servers(int count) {
        PostgresSettings schema = TestDatabase.freshSettings().withPoolSize(2);
        List<JobLeases> leases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PostgresStorage server = new PostgresStorage(schema)
                    .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
            opened.add(server);
            leases.add(server.ports().jobLeases());
        }
        return leases;
    }

    @AfterEach
    void closeServers() {
        for (int i = opened.size() - 1; i > 0; i--) {
            opened.get(i).close();
        }
        if (!opened.isEmpty()) {
            TestDatabase.dispose(opened.getFirst());
        }
        opened.clear();
    }
}
