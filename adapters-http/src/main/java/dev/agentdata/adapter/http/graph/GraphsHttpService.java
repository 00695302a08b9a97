package dev.agentdata.adapter.http.graph;

import static dev.agentdata.adapter.http.route.Access.JWT_ONLY;
import static dev.agentdata.adapter.http.route.Access.READ_GRAPH;

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
import dev.agentdata.application.port.in.graph.CreateGraphUseCase;
import dev.agentdata.application.port.in.graph.DeleteGraphUseCase;
import dev.agentdata.application.port.in.graph.GetGraphUseCase;
import dev.agentdata.application.port.in.graph.GetGraphVersionUseCase;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.ListGraphVersionsUseCase;
import dev.agentdata.application.port.in.graph.ListGraphsUseCase;
import dev.agentdata.application.port.in.graph.SetActiveVersionUseCase;
import dev.agentdata.application.port.in.graph.UpdateGraphUseCase;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.Graph;

/** {@code /api/v1/graphs}: create, list, read, version and delete the caller's graphs. */
public final class GraphsHttpService implements ApiService {
    static final String BASE = "/api/v1/graphs";
    static final String LIST = "graphs";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final CreateGraphUseCase createGraph;
    private final ListGraphsUseCase listGraphs;
    private final GetGraphUseCase getGraph;
    private final GetGraphVersionUseCase getGraphVersion;
    private final ListGraphVersionsUseCase listGraphVersions;
    private final UpdateGraphUseCase updateGraph;
    private final SetActiveVersionUseCase setActiveVersion;
    private final DeleteGraphUseCase deleteGraph;

    public GraphsHttpService(HttpToolkit http, CreateGraphUseCase createGraph, ListGraphsUseCase listGraphs,
                             GetGraphUseCase getGraph, GetGraphVersionUseCase getGraphVersion,
                             ListGraphVersionsUseCase listGraphVersions, UpdateGraphUseCase updateGraph,
                             SetActiveVersionUseCase setActiveVersion, DeleteGraphUseCase deleteGraph) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.queries = http.queries();
        this.createGraph = createGraph;
        this.listGraphs = listGraphs;
        this.getGraph = getGraph;
        this.getGraphVersion = getGraphVersion;
        this.listGraphVersions = listGraphVersions;
        this.updateGraph = updateGraph;
        this.setActiveVersion = setActiveVersion;
        this.deleteGraph = deleteGraph;
    }

    @Override
    public void routes(Routes routes) {
        routes.post(BASE, JWT_ONLY, this::create)
                .getOwnData(BASE, READ_GRAPH, this::list)
                .getOwnData(BASE + "/{id}", READ_GRAPH, this::getActive)
                .put(BASE + "/{id}", JWT_ONLY, this::update)
                .delete(BASE + "/{id}", JWT_ONLY, this::delete)
                .getOwnData(BASE + "/{id}/versions", READ_GRAPH, this::versions)
                // a version may be another user's that the store shares: the store reads the primary
                .get(BASE + "/{id}/versions/{version}", READ_GRAPH, this::version)
                .put(BASE + "/{id}/active-version", JWT_ONLY, this::setActive);
    }

    private void create(ServerRequest req, ServerResponse res) {
        GraphInput input = bodies.read(req, GraphRequest.class).toInput();
        Graph g = createGraph.create(RequestUser.of(req), input);
        res.header(HeaderNames.LOCATION, BASE + "/" + g.id());
        responses.json(res, Status.CREATED_201, GraphResponse.from(g));
    }

    private void list(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        errors.check();
        responses.json(res, Status.OK_200,
                queries.response(listGraphs.list(RequestUser.of(req), page), GraphSummaryResponse::from, LIST));
    }

    private void getActive(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        responses.json(res, Status.OK_200, GraphResponse.from(getGraph.getActive(RequestUser.of(req), id)));
    }

    private void update(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        GraphInput input = bodies.read(req, GraphRequest.class).toInput();
        responses.json(res, Status.OK_200, GraphResponse.from(updateGraph.update(RequestUser.of(req), id, input)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        deleteGraph.delete(RequestUser.of(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void versions(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        responses.json(res, Status.OK_200, listGraphVersions.listVersions(RequestUser.of(req), id).stream()
                .map(GraphVersionResponse::from).toList());
    }

    private void version(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        int version = PathParameters.version(req, "version");
        responses.json(res, Status.OK_200,
                GraphResponse.from(getGraphVersion.getVersion(RequestUser.of(req), id, version)));
    }

    private void setActive(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        int version = bodies.read(req, ActiveVersionRequest.class).checked();
        responses.json(res, Status.OK_200,
                GraphResponse.from(setActiveVersion.setActiveVersion(RequestUser.of(req), id, version)));
    }

    private static UUID graphId(ServerRequest req) {
        return PathParameters.id(req, "id", "graph");
    }
}
