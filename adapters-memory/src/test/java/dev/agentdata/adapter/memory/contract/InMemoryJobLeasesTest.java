package dev.agentdata.adapter.memory.contract;

import java.time.Clock;
import java.util.Collections;
import java.util.List;

import dev.agentdata.adapter.memory.InMemoryJobLeases;
import dev.agentdata.application.contract.JobLeasesContractTest;
import dev.agentdata.application.port.out.JobLeases;

/** The JobLeases contract on memory: one memory storage serves one server, so every claimer shares its leases. */
class InMemoryJobLeasesTest extends JobLeasesContractTest {
    @Override
    protected List<JobLeases> servers(int count) {
        return Collections.nCopies(count, new InMemoryJobLeases(Clock.systemUTC()));
    }
}
