package dev.agentdata.adapter.memory.service;

import org.junit.jupiter.api.Nested;

import dev.agentdata.adapter.memory.contract.MemoryStorage;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.application.service.execution.ExecutionEventsTest;
import dev.agentdata.application.service.execution.ExecutionServiceTest;
import dev.agentdata.application.service.execution.NodeChargingServiceTest;
import dev.agentdata.application.service.graph.GraphServiceTest;
import dev.agentdata.application.service.ops.PruneExecutionsServiceTest;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsServiceTest;
import dev.agentdata.application.service.store.StoreOwnerChangesServiceTest;
import dev.agentdata.application.service.store.StoreServiceTest;
import dev.agentdata.application.service.user.UserServiceTest;

/** The application's use-case tests (they live in application, beside their subject), each on a fresh memory storage. */
class MemoryUseCasesTest {
    @Nested
    class Executions extends ExecutionServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class ExecutionEvents extends ExecutionEventsTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class NodeCharging extends NodeChargingServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class Graphs extends GraphServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class PruneExecutions extends PruneExecutionsServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class TimeoutStuckExecutions extends TimeoutStuckExecutionsServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class Store extends StoreServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class StoreOwnerChanges extends StoreOwnerChangesServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }

    @Nested
    class Users extends UserServiceTest {
        @Override
        protected StoragePorts freshStorage() {
            return MemoryStorage.fresh();
        }
    }
}
