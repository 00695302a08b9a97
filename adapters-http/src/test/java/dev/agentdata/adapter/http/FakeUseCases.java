package dev.agentdata.adapter.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.agentdata.adapter.http.block.BlocksHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.user.UsersHttpService;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;
import dev.agentdata.domain.graph.Link;
import dev.agentdata.domain.graph.PortSpec;
import dev.agentdata.domain.graph.PortType;
import dev.agentdata.domain.user.User;
import dev.agentdata.domain.user.UserContext;

/** Lambda fakes of the incoming ports behind four of the feature services, with a switch to make the next call fail with a chosen exception. */
public final class FakeUseCases {
    public static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");
    public static final String READ_KEY = "agd_read";
    public static final String EXEC_KEY = "agd_exec";
    public static final String BLOCK_KEY = "agd_block";

    public static final AtomicReference<RuntimeException> NEXT_FAILURE = new AtomicReference<>();
    public static final AtomicReference<PageRequest> LAST_PAGE = new AtomicReference<>();
    public static final AtomicReference<ExecutionQuery> LAST_QUERY = new AtomicReference<>();
    public static final AtomicReference<Object> LAST_COMMAND = new AtomicReference<>();
    static final Map<UUID, User> USERS = new ConcurrentHashMap<>();
    static final UUID KEY_OWNER = UUID.randomUUID();

    private FakeUseCases() {
    }

    static void failIfAsked() {
        RuntimeException e = NEXT_FAILURE.getAndSet(null);
        if (e != null) {
            throw e;
        }
    }

    /** The users, blocks, graphs and executions features on fakes; API keys are known only {@code withApiKeys}. */
    static TestApiServices services(boolean withApiKeys) {
        return new TestApiServices() {
            @Override
            public GetOrCreateUserUseCase identities() {
                return c -> {
                    failIfAsked();
                    return USERS.computeIfAbsent(c.subject(), id -> User.fromClaims(id, c.email(), c.name(), NOW));
                };
            }

            @Override
            public AuthenticateApiKeyUseCase apiKeys() {
                return withApiKeys ? FakeUseCases::apiKey : raw -> Optional.empty();
            }

            @Override
            public List<ApiService> services(HttpToolkit http) {
                return List.of(users(http), blocks(http), graphs(http), executions(http));
            }
        };
    }

    private static Optional<UserContext> apiKey(String raw) {
        return switch (raw) {
            case READ_KEY -> Optional.of(UserContext.ofApiKey(KEY_OWNER, UUID.randomUUID(), Set.of(ApiKeyPermission.READ_GRAPH)));
            case EXEC_KEY -> Optional.of(UserContext.ofApiKey(KEY_OWNER, UUID.randomUUID(), Set.of(ApiKeyPermission.EXECUTE_GRAPH)));
            case BLOCK_KEY -> Optional.of(UserContext.ofApiKey(KEY_OWNER, UUID.randomUUID(), Set.of(ApiKeyPermission.READ_BLOCK)));
            default -> Optional.empty();
        };
    }

    private static UsersHttpService users(HttpToolkit http) {
        return new UsersHttpService(http,
                id -> Optional.ofNullable(USERS.get(id)).orElseThrow(() -> new NotFoundException("user", id)),
                cmd -> {
                    LAST_COMMAND.set(cmd);
                    failIfAsked();
                    return USERS.compute(cmd.userId(), (k, u) -> u.withProfile(cmd.email(), cmd.name(), cmd.timezone(),
                            cmd.locale(), cmd.metadata(), NOW));
                },
                cmd -> {
                    LAST_COMMAND.set(cmd);
                    User u = USERS.compute(cmd.userId(), (k, v) -> v.withPreferences(
                            v.preferences().with(cmd.maxEmailsPerDay(), cmd.switches()), NOW));
                    return u.preferences();
                });
    }

    private static BlocksHttpService blocks(HttpToolkit http) {
        return new BlocksHttpService(http, () -> List.of(new Block("adder", "Adder", "adds",
                Map.of("a", PortSpec.required(PortType.NUMBER)), Map.of("sum", PortSpec.optional(PortType.NUMBER)))));
    }

    private static GraphsHttpService graphs(HttpToolkit http) {
        return new GraphsHttpService(http,
                (actor, in) -> {
                    LAST_COMMAND.set(in);
                    failIfAsked();
                    return graph(UUID.randomUUID(), actor.userId(), in.name(), in.nodes(), in.links().stream()
                            .map(l -> new Link(UUID.randomUUID(), l.sourceId(), l.sinkId(), l.sourceName(),
                                    l.sinkName(), l.isStatic())).toList());
                },
                (actor, page) -> {
                    LAST_PAGE.set(page);
                    Page<GraphSummary> p = new Page<>(List.of(new GraphSummary(UUID.randomUUID(), 1, "g", null, NOW, NOW,
                            0, null, null)), Optional.of(Cursor.of("2026", UUID.randomUUID().toString())), OptionalLong.empty());
                    return page.includeTotal() ? p.withTotal(7) : p;
                },
                (actor, id) -> {
                    failIfAsked();
                    return graph(id, actor.userId(), "g", List.of(), List.of());
                },
                (actor, id, v) -> {
                    failIfAsked();
                    return graph(id, actor.userId(), "g" + v, List.of(), List.of());
                },
                (actor, id) -> List.of(new GraphVersionInfo(2, true, NOW),
                        new GraphVersionInfo(1, false, NOW.minusSeconds(5))),
                (actor, id, in) -> {
                    LAST_COMMAND.set(in);
                    failIfAsked();
                    return graph(id, actor.userId(), in.name(), in.nodes(), List.of());
                },
                (actor, id, v) -> {
                    failIfAsked();
                    return graph(id, actor.userId(), "g" + v, List.of(), List.of());
                },
                (actor, id) -> failIfAsked());
    }

    private static ExecutionsHttpService executions(HttpToolkit http) {
        return new ExecutionsHttpService(http,
                (actor, cmd) -> {
                    LAST_COMMAND.set(cmd);
                    failIfAsked();
                    return GraphExecution.queued(UUID.randomUUID(), cmd.graphId(), cmd.version().orElse(1), actor.userId(),
                            cmd.inputs(), NOW);
                },
                (actor, query, page) -> {
                    LAST_PAGE.set(page);
                    LAST_QUERY.set(query);
                    Page<GraphExecution> p = new Page<>(List.of(execution(actor.userId(), ExecutionStatus.QUEUED)),
                            Optional.of(Cursor.of("1764000000000000", UUID.randomUUID().toString())), OptionalLong.empty());
                    return page.includeTotal() ? p.withTotal(45) : p;
                },
                (actor, id) -> {
                    failIfAsked();
                    GraphExecution e = execution(actor.userId(), ExecutionStatus.RUNNING);
                    return new ExecutionDetails(e, List.of(NodeExecution.queued(UUID.randomUUID(), e.id(), "n0",
                            Map.of("a", 1), NOW)));
                },
                (actor, cmd) -> {
                    LAST_COMMAND.set(cmd);
                    failIfAsked();
                    return execution(actor.userId(), ExecutionStatus.QUEUED).transitionTo(cmd.status(), NOW.plusSeconds(2),
                            cmd.outputs(), cmd.errorMessage());
                },
                (actor, id) -> {
                    failIfAsked();
                    return execution(actor.userId(), ExecutionStatus.QUEUED).transitionTo(ExecutionStatus.CANCELLED,
                            NOW, null, null);
                },
                (actor, id, node, inputs) -> {
                    failIfAsked();
                    return NodeExecution.queued(UUID.randomUUID(), id, node, inputs, NOW);
                },
                (actor, cmd) -> {
                    LAST_COMMAND.set(cmd);
                    failIfAsked();
                    return NodeExecution.queued(cmd.nodeExecutionId(), cmd.executionId(), "n0", Map.of(), NOW)
                            .transitionTo(ExecutionStatus.RUNNING, NOW, null, null, null);
                },
                (actor, id, status, page) -> {
                    LAST_PAGE.set(page);
                    failIfAsked();
                    return new Page<>(List.of(NodeExecution.queued(UUID.randomUUID(), id, "n0", Map.of(), NOW)),
                            Optional.empty(), OptionalLong.empty());
                });
    }

    static Graph graph(UUID id, UUID owner, String name, List<dev.agentdata.domain.graph.Node> nodes, List<Link> links) {
        return new Graph(id, 1, true, owner, NOW, NOW, new GraphContent(name, null, false, nodes, links));
    }

    static GraphExecution execution(UUID owner, ExecutionStatus status) {
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, owner, Map.of("x", 1),
                NOW.minus(1, ChronoUnit.SECONDS));
        return status == ExecutionStatus.QUEUED ? e : e.transitionTo(status, NOW, null, null);
    }
}
