package dev.agentdata.adapter.memory.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.LinkInput;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeCostCharger;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.application.service.graph.SharedGraphVersions;
import dev.agentdata.application.service.user.UserService;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;
import dev.agentdata.domain.user.UserContext;

/** The services wired on a fresh memory storage, with a settable clock and predictable ids, for use-case tests. */
final class MemoryApp {
    /** A clock the test moves by hand; it has nanoseconds so truncation to micros shows. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-01T12:00:00.123456789Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceMillis(long ms) {
            now = now.plusMillis(ms);
        }
    }

    final TestClock clock = new TestClock();
    final AtomicLong idSeq = new AtomicLong();
    final IdGenerator ids = () -> new UUID(0xA11CEL, idSeq.incrementAndGet());
    final InMemoryDatabase db = new InMemoryDatabase();
    final InMemoryTransactions tx = new InMemoryTransactions(db);
    final InMemoryUserRepository userRepo = new InMemoryUserRepository(db);
    final InMemoryExecutionRepository executionRepo = new InMemoryExecutionRepository(db,
            new dev.agentdata.adapter.memory.execution.InMemoryExecutionEventLog(db, Clock.systemUTC()));
    final InMemoryGraphRepository graphRepo = new InMemoryGraphRepository(db, executionRepo);
    final StaticBlockCatalog blocks = new StaticBlockCatalog();
    final List<NodeExecution> charged = new ArrayList<>();
    NodeCostCharger charger = (ownerId, node) -> charged.add(node);
    SharedGraphVersions shared = SharedGraphVersions.NONE;

    final GraphAccess access = new GraphAccess(graphRepo, (g, v) -> shared.isShared(g, v));
    final UserService users = new UserService(userRepo, tx, clock);
    final GraphCommandService graphCommands = new GraphCommandService(graphRepo, blocks, access, tx, ids, clock);
    final GraphQueryService graphQueries = new GraphQueryService(graphRepo, access);
    final StartExecutionService starts = new StartExecutionService(executionRepo, access, blocks, tx, ids, clock);
    final ExecutionTransitionService transitions = new ExecutionTransitionService(executionRepo, clock);
    final NodeExecutionService nodes = new NodeExecutionService(executionRepo, graphRepo, tx,
            (ownerId, n) -> charger.chargeCompleted(ownerId, n), ids, clock);
    final ExecutionQueryService executionQueries = new ExecutionQueryService(executionRepo, tx);

    /** A signed-in user (created through get-or-create, as the HTTP layer does). */
    UserContext newActor() {
        UUID sub = UUID.randomUUID();
        users.getOrCreate(new TokenClaims(sub, "u" + sub.toString().substring(0, 8) + "@example.org", null));
        return UserContext.ofToken(sub, false);
    }

    /** An input node feeding an output node: runnable once the input gets a value. */
    static GraphInput inputToOutput(String name) {
        return new GraphInput(name, "in to out", false,
                List.of(new Node("in", BuiltInBlocks.AGENT_INPUT, "In", Map.of(), Map.of(), NodeType.INPUT),
                        new Node("out", BuiltInBlocks.AGENT_OUTPUT, "Out", Map.of(), Map.of(), NodeType.OUTPUT)),
                List.of(new LinkInput("in", "out", "result", "value", false)));
    }

    /** A started run of a fresh graph of {@code actor}. */
    GraphExecution startedRun(UserContext actor) {
        var graph = graphCommands.create(actor, inputToOutput("g"));
        return starts.start(actor, new dev.agentdata.application.port.in.execution.StartExecutionCommand(
                graph.id(), java.util.OptionalInt.empty(), Map.of("in", "hello")));
    }
}
