package dev.agentdata.adapter.http.execution;

import static dev.agentdata.adapter.http.route.Access.EXECUTE_GRAPH;
import static dev.agentdata.adapter.http.route.Access.READ_GRAPH;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.execution.AddNodeExecutionUseCase;
import dev.agentdata.application.port.in.execution.CancelExecutionUseCase;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.GetExecutionUseCase;
import dev.agentdata.application.port.in.execution.ListExecutionsUseCase;
import dev.agentdata.application.port.in.execution.ListNodeExecutionsUseCase;
import dev.agentdata.application.port.in.execution.StartExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionNodeExecutionUseCase;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/** Graph executions and their node executions: start, list, read, page, move through the lifecycle, cancel. */
public final class ExecutionsHttpService implements ApiService {
    static final String BASE = "/api/v1/executions";
    static final String LIST = "executions";
    static final String NODES = "node-executions";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final Clock clock;
    private final StartExecutionUseCase startExecution;
    private final ListExecutionsUseCase listExecutions;
    private final GetExecutionUseCase getExecution;
    private final TransitionExecutionUseCase transitionExecution;
    private final CancelExecutionUseCase cancelExecution;
    private final AddNodeExecutionUseCase addNodeExecution;
    private final TransitionNodeExecutionUseCase transitionNodeExecution;
    private final ListNodeExecutionsUseCase listNodeExecutions;

    public ExecutionsHttpService(HttpToolkit http, StartExecutionUseCase startExecution,
                                 ListExecutionsUseCase listExecutions, GetExecutionUseCase getExecution,
                                 TransitionExecutionUseCase transitionExecution, CancelExecutionUseCase cancelExecution,
                                 AddNodeExecutionUseCase addNodeExecution,
                                 TransitionNodeExecutionUseCase transitionNodeExecution,
                                 ListNodeExecutionsUseCase listNodeExecutions) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.queries = http.queries();
        this.clock = http.clock();
        this.startExecution = startExecution;
        this.listExecutions = listExecutions;
        this.getExecution = getExecution;
        this.transitionExecution = transitionExecution;
        this.cancelExecution = cancelExecution;
        this.addNodeExecution = addNodeExecution;
        this.transitionNodeExecution = transitionNodeExecution;
        this.listNodeExecutions = listNodeExecutions;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/v1/graphs/{id}/executions", EXECUTE_GRAPH, this::start)
                .getOwnData(BASE, READ_GRAPH, this::list)
                .getOwnData(BASE + "/{id}", READ_GRAPH, this::get)
                .post(BASE + "/{id}/status", EXECUTE_GRAPH, this::transition)
                .post(BASE + "/{id}/cancel", EXECUTE_GRAPH, this::cancel)
                .post(BASE + "/{id}/node-executions", EXECUTE_GRAPH, this::addNode)
                .get(BASE + "/{id}/node-executions", READ_GRAPH, this::listNodes)
                .post(BASE + "/{id}/node-executions/{node_execution_id}/status", EXECUTE_GRAPH, this::transitionNode);
    }

    private void start(ServerRequest req, ServerResponse res) {
        UUID graphId = PathParameters.id(req, "id", "graph");
        StartExecutionRequest body = bodies.readOrDefault(req, StartExecutionRequest.class,
                new StartExecutionRequest(null, null));
        GraphExecution e = startExecution.start(RequestUser.of(req), body.toCommand(graphId));
        res.header(HeaderNames.LOCATION, BASE + "/" + e.id());
        responses.json(res, Status.CREATED_201, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void list(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        Optional<ExecutionStatus> status = status(req, errors);
        Optional<UUID> graphId = QueryParameters.single(req.query(), "graph_id", errors).flatMap(s -> {
            try {
                return Optional.of(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                errors.add("graph_id", "must be a UUID");
                return Optional.empty();
            }
        });
        errors.check();
        var now = clock.instant();
        responses.json(res, Status.OK_200, queries.response(
                listExecutions.list(RequestUser.of(req), new ExecutionQuery(status, graphId), page),
                e -> GraphExecutionResponse.from(e, now), LIST));
    }

    private static Optional<ExecutionStatus> status(ServerRequest req, BadRequestCollector errors) {
        return QueryParameters.single(req.query(), "status", errors).flatMap(s -> {
            Optional<ExecutionStatus> parsed = ExecutionStatus.fromWireName(s);
            if (parsed.isEmpty()) {
                errors.oneOf("status", s, StatusWireNames.NAMES);
            }
            return parsed;
        });
    }

    /** One execution's node executions, oldest first (keyset), optionally only those in {@code status}. */
    private void listNodes(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, NODES, errors);
        Optional<ExecutionStatus> status = status(req, errors);
        errors.check();
        var now = clock.instant();
        responses.json(res, Status.OK_200, queries.response(
                listNodeExecutions.list(RequestUser.of(req), id, status, page),
                n -> NodeExecutionResponse.from(n, now), NODES));
    }

    private void get(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        responses.json(res, Status.OK_200,
                ExecutionDetailsResponse.from(getExecution.get(RequestUser.of(req), id), clock.instant(),
                        c -> queries.cursor(NODES, c)));
    }

    private void transition(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        StatusRequest body = bodies.read(req, StatusRequest.class);
        GraphExecution e = transitionExecution.transition(RequestUser.of(req), body.toCommand(id));
        responses.json(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        GraphExecution e = cancelExecution.cancel(RequestUser.of(req), id);
        responses.json(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void addNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        NodeExecutionRequest body = bodies.read(req, NodeExecutionRequest.class).checked();
        NodeExecution n = addNodeExecution.add(RequestUser.of(req), id, body.nodeId(), body.inputsOrEmpty());
        responses.json(res, Status.CREATED_201, NodeExecutionResponse.from(n, clock.instant()));
    }

    private void transitionNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        UUID nodeExecutionId = PathParameters.id(req, "node_execution_id", "node execution");
        NodeStatusRequest body = bodies.read(req, NodeStatusRequest.class);
        NodeExecution n = transitionNodeExecution.transition(RequestUser.of(req), body.toCommand(id, nodeExecutionId));
        responses.json(res, Status.OK_200, NodeExecutionResponse.from(n, clock.instant()));
    }

    private static UUID executionId(ServerRequest req) {
        return PathParameters.id(req, "id", "execution");
    }
}
