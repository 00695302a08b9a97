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
import dev.agentdata.adapter.http.common.JsonCodec;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PageResponse;
import dev.agentdata.adapter.http.common.Params;
import dev.agentdata.adapter.http.common.Shape;
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

    private final JsonCodec json;
    private final Params params;
    private final HttpUseCases uc;
    private final Clock clock;

    public ExecutionsHttpService(JsonCodec json, Params params, HttpUseCases useCases, Clock clock) {
        this.json = json;
        this.params = params;
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
        UUID graphId = Params.pathId(req, "id", "graph");
        StartExecutionRequest body = json.readOrDefault(req, StartExecutionRequest.class,
                new StartExecutionRequest(null, null));
        GraphExecution e = uc.startExecution().start(Actors.of(req), body.toCommand(graphId));
        res.header(HeaderNames.LOCATION, BASE + "/" + e.id());
        json.send(res, Status.CREATED_201, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Shape shape = new Shape();
        PageRequest page = params.page(req, LIST, shape);
        Optional<ExecutionStatus> status = Params.single(req.query(), "status", shape).flatMap(s -> {
            Optional<ExecutionStatus> parsed = ExecutionStatus.fromWireName(s);
            if (parsed.isEmpty()) {
                shape.oneOf("status", s, Statuses.NAMES);
            }
            return parsed;
        });
        Optional<UUID> graphId = Params.single(req.query(), "graph_id", shape).flatMap(s -> {
            try {
                return Optional.of(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                shape.add("graph_id", "must be a UUID");
                return Optional.empty();
            }
        });
        shape.check();
        var now = clock.instant();
        json.send(res, Status.OK_200, PageResponse.from(
                uc.listExecutions().list(Actors.of(req), new ExecutionQuery(status, graphId), page),
                e -> GraphExecutionResponse.from(e, now), params.cursors(), LIST));
    }

    private void get(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        json.send(res, Status.OK_200,
                ExecutionDetailsResponse.from(uc.getExecution().get(Actors.of(req), id), clock.instant()));
    }

    private void transition(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        StatusRequest body = json.read(req, StatusRequest.class);
        GraphExecution e = uc.transitionExecution().transition(Actors.of(req), body.toCommand(id));
        json.send(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        json.readOrDefault(req, CancelRequest.class, new CancelRequest());
        GraphExecution e = uc.cancelExecution().cancel(Actors.of(req), id);
        json.send(res, Status.OK_200, GraphExecutionResponse.from(e, clock.instant()));
    }

    private void addNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        NodeExecutionRequest body = json.read(req, NodeExecutionRequest.class).checked();
        UserContext actor = Actors.of(req);
        NodeExecution n = uc.addNodeExecution().add(actor, id, body.nodeId(), body.inputsOrEmpty());
        json.send(res, Status.CREATED_201, NodeExecutionResponse.from(n, clock.instant()));
    }

    private void transitionNode(ServerRequest req, ServerResponse res) {
        UUID id = executionId(req);
        UUID nodeExecutionId = Params.pathId(req, "node_execution_id", "node execution");
        NodeStatusRequest body = json.read(req, NodeStatusRequest.class);
        NodeExecution n = uc.transitionNodeExecution().transition(Actors.of(req), body.toCommand(id, nodeExecutionId));
        json.send(res, Status.OK_200, NodeExecutionResponse.from(n, clock.instant()));
    }

    private static UUID executionId(ServerRequest req) {
        return Params.pathId(req, "id", "execution");
    }
}
