package dev.agentdata.adapter.memory.replica;

import java.time.Clock;

import dev.agentdata.application.contract.WritePositionsContractTest;
import dev.agentdata.application.port.out.WritePositions;

/** The contract for the positions one server keeps in memory. */
class InMemoryWritePositionsTest extends WritePositionsContractTest {
    @Override
    protected WritePositions positions() {
        return new InMemoryWritePositions(Clock.systemUTC());
    }
}
