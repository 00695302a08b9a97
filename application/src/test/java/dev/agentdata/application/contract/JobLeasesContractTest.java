package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.JobLeases;

/**
 * The behaviour every {@link JobLeases} adapter must show: of the servers sharing ONE storage that claim the same run
 * at once, exactly one gets it; nobody gets it again within the interval; after the interval exactly one gets the next.
 * Adapters hand out the leases as separate servers would hold them (Postgres: one connection pool each).
 */
public abstract class JobLeasesContractTest {
    protected static final int SERVERS = 6;
    private static final Duration SHORT = Duration.ofMillis(1200);

    private List<JobLeases> servers;

    /** The job leases of {@code count} servers sharing one fresh, empty storage. */
    protected abstract List<JobLeases> servers(int count);

    @BeforeEach
    void openServers() {
        servers = servers(SERVERS);
        assertThat(servers).hasSize(SERVERS);
    }

    private long claimsAtOnce(String job, Duration interval) throws Exception {
        return ConcurrentTasks.race(SERVERS, i -> servers.get(i).claim(job, interval)).stream()
                .filter(Boolean::booleanValue).count();
    }

    @Test
    void givenServersClaimingANewJobAtOnce_exactlyOneRunsIt() throws Exception {
        assertThat(claimsAtOnce("sweep", Duration.ofHours(1))).isEqualTo(1);
    }

    @Test
    void givenAClaimedRun_noServerClaimsItAgainWithinTheInterval() throws Exception {
        assertThat(servers.getFirst().claim("prune", Duration.ofHours(1))).isTrue();

        assertThat(claimsAtOnce("prune", Duration.ofHours(1))).isZero();
        assertThat(servers.getFirst().claim("prune", Duration.ofHours(1))).isFalse();
    }

    @Test
    void givenTheIntervalHasPassed_exactlyOneServerClaimsEachNextRun() throws Exception {
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            assertThat(claimsAtOnce("backup", SHORT)).as("round " + round).isEqualTo(1);
            Duration spent = Duration.ofNanos(System.nanoTime() - t0);
            if (spent.compareTo(SHORT.dividedBy(2)) < 0) {
                assertThat(claimsAtOnce("backup", SHORT)).as("again within round " + round).isZero();
            }
            Thread.sleep(SHORT.plusMillis(150).toMillis());
        }
    }

    @Test
    void jobs_areLeasedIndependently() {
        assertThat(servers.getFirst().claim("a", Duration.ofHours(1))).isTrue();
        assertThat(servers.getLast().claim("b", Duration.ofHours(1))).isTrue();

        assertThat(servers.getLast().claim("a", Duration.ofHours(1))).isFalse();
        assertThat(servers.getFirst().claim("b", Duration.ofHours(1))).isFalse();
    }
}
