package dev.agentdata.adapter.http.execution;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpUseCases;
import dev.agentdata.adapter.http.common.Actors;
import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Graph executions and their node executions: start, list, read, move through the lifecycle, cancel. */
public final class ExecutionsHttpService implements HttpService {
    static final String BASE = "/api/v1/executions";
    static final String LIST = "executions";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final HttpUseCases uc;
    private final Clock clock;

    public ExecutionsHttpService(JsonBodyReader bodies, ResponseWriter responses,
                                 QueryParameters queries, HttpUseCases useCases, Clock clock) {
        this.bodies = bodies;
        this.responses = responses;
        this.queries = queries;
        this.uc = useCases;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/api/v1/graphs/{id}/executions", this::start)
                .any("/api/v1/graphs/{id}/executions", MethodNotAllowedException.handler("POST"))
                .get(BASE, this::list)
                .any(BASE, MethodNotAllowedException.handler("GET"))
                .get(BASE + "/{id}", this::get)
                .any(BASE + "/{id}", MethodNotAllowedException.handler("GET"))
                .post(BASE + "/{id}/status", this::transition)
                .any(BASE + "/{id}/status", MethodNotAllowedException.handler("POST"))
                .post(BASE + "/{id}/cancel", this::cancel)
                .any(BASE + "/{id}/cancel", MethodNotAllowedException.handler("POST"))
                .post(BASE + "/{id}/node-executions", this::addNode)
                .any(BASE + "/{id}/node-executions", MethodNotAllowedException.handler("POST"))
                .post(BASE + "/{id}/node-executions/{node_execution_id}/status", this::transitionNode)
                .any(BASE + "/{id}/node-executions/{node_execution_id}/status", MethodNotAllowedException.handler("POST"));
    }

    private void start(ServerRequest req, ServerResponse res) {
        UUID graphId = PathParameters.id(req, "id", "graph");
        StartExecutionRequest body = bodies.readOrDefault(req, StartExecutionRequest.class,
                new StartExecutionRequest(null, null));
        GraphExecution e = uc.startExecution().start(Actors.of(req), body.toCommand(graphId));
        res.header(HeaderNames.LOCATION, BASE + "/" + e.id());
        responses.json(res, Status.CREATED_201, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void list(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        Optional<ExecutionStatus> status = QueryParameters.single(req.query(), "status", errors).flatMap(s -> {
            Optional<ExecutionStatus> parsed = ExecutionStatus.fromWireName(s);
            if (parsed.isEmpty()) {
                errors.oneOf("status", s, Statuses.NAMES);
            }
            return parsed;
        });
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
                uc.listExecutions().list(Actors.of(req), new ExecutionQuery(status, graphId), page),
                e -> GraphExecutionResponse.from(e, now), LIST));
    }

    private void get(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        responses.json(res, Status.OK_200,
                ExecutionDetailsResponse.from(uc.getExecution().get(Actors.of(req), id), clock.instant()));
    }

    private void transition(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        StatusRequest body = bodies.read(req, StatusRequest.class);
        GraphExecution e = uc.transitionExecution().transition(Actors.of(req), body.toCommand(id));
        responses.json(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        bodies.readOrDefault(req, CancelRequest.class, new CancelRequest());
        GraphExecution e = uc.cancelExecution().cancel(Actors.of(req), id);
        responses.json(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void addNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        NodeExecutionRequest body = bodies.read(req, NodeExecutionRequest.class).checked();
        UserContext actor = Actors.of(req);
        NodeExecution n = uc.addNodeExecution().add(actor, id, body.nodeId(), body.inputsOrEmpty());
        responses.json(res, Status.CREATED_201, NodeExecutionResponse.from(n, clock.instant()));
    }

    private void transitionNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        UUID nodeExecutionId = PathParameters.id(req, "node_execution_id", "node execution");
        NodeStatusRequest body = bodies.read(req, NodeStatusRequest.class);
        NodeExecution n = uc.transitionNodeExecution().transition(Actors.of(req), body.toCommand(id, nodeExecutionId));
        responses.json(res, Status.OK_200, NodeExecutionResponse.from(n, clock.instant()));
    }

    private static UUID executionId(ServerRequest req) {
        return PathParameters.id(req, "id", "execution");
    }
}
