package dev.agentdata.adapter.postgres.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.LinkInput;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.application.service.graph.SharedGraphVersions;
import dev.agentdata.application.service.user.UserService;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;
import dev.agentdata.domain.user.UserContext;

/** The application services wired on a Postgres storage, as bootstrap will wire them. */
final class PostgresApp {
    /** A clock with nanoseconds, so truncation to microseconds shows. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2026-03-01T12:00:00.123456789Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The built-in blocks as a catalog, for the Postgres service tests. */
    static final BlockCatalog BLOCKS = new BlockCatalog() {
        @Override
        public List<Block> all() {
            return BuiltInBlocks.all();
        }

        @Override
        public Optional<Block> find(String blockId) {
            return BuiltInBlocks.all().stream().filter(b -> b.id().equals(blockId)).findFirst();
        }
    };

    final TestClock clock = new TestClock();
    final PostgresStorage storage;
    final GraphAccess access;
    final UserService users;
    final GraphCommandService graphCommands;
    final GraphQueryService graphQueries;
    final StartExecutionService starts;
    final ExecutionTransitionService transitions;
    final NodeExecutionService nodes;
    final ExecutionQueryService executionQueries;

    PostgresApp(PostgresStorage storage) {
        this.storage = storage;
        var tx = storage.transactions();
        access = new GraphAccess(storage.graphs(), SharedGraphVersions.NONE);
        users = new UserService(storage.users(), tx, clock);
        graphCommands = new GraphCommandService(storage.graphs(), BLOCKS, access, tx, UUID::randomUUID, clock);
        graphQueries = new GraphQueryService(storage.graphs(), access);
        starts = new StartExecutionService(storage.executions(), access, BLOCKS, UUID::randomUUID, clock);
        transitions = new ExecutionTransitionService(storage.executions(), clock);
        nodes = new NodeExecutionService(storage.executions(), storage.graphs(), tx, (e, n) -> { }, UUID::randomUUID,
                clock);
        executionQueries = new ExecutionQueryService(storage.executions(), tx);
    }

    UserContext newActor() {
        UUID sub = UUID.randomUUID();
        users.getOrCreate(new TokenClaims(sub, "u" + sub + "@example.org", null));
        return UserContext.ofToken(sub, false);
    }

    static GraphInput inputToOutput(String name) {
        return new GraphInput(name, "in to out", false,
                List.of(new Node("in", BuiltInBlocks.AGENT_INPUT, "In", Map.of(), Map.of(), NodeType.INPUT),
                        new Node("out", BuiltInBlocks.AGENT_OUTPUT, "Out", Map.of(), Map.of(), NodeType.OUTPUT)),
                List.of(new LinkInput("in", "out", "result", "value", false)));
    }

    GraphExecution startedRun(UserContext actor) {
        var graph = graphCommands.create(actor, inputToOutput("g"));
        return starts.start(actor, new StartExecutionCommand(graph.id(), OptionalInt.empty(), Map.of("in", "hello")));
    }
}
