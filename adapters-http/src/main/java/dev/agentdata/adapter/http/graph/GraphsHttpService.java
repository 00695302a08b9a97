package dev.agentdata.adapter.http.graph;

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
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.Graph;

/** {@code /api/v1/graphs}: create, list, read, version and delete the caller's graphs. */
public final class GraphsHttpService implements HttpService {
    static final String BASE = "/api/v1/graphs";
    static final String LIST = "graphs";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final HttpUseCases uc;

    public GraphsHttpService(JsonBodyReader bodies, ResponseWriter responses,
                             QueryParameters queries, HttpUseCases useCases) {
        this.bodies = bodies;
        this.responses = responses;
        this.queries = queries;
        this.uc = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(BASE, this::create)
                .get(BASE, this::list)
                .any(BASE, MethodNotAllowedException.handler("GET, POST"))
                .get(BASE + "/{id}", this::getActive)
                .put(BASE + "/{id}", this::update)
                .delete(BASE + "/{id}", this::delete)
                .any(BASE + "/{id}", MethodNotAllowedException.handler("GET, PUT, DELETE"))
                .get(BASE + "/{id}/versions", this::versions)
                .any(BASE + "/{id}/versions", MethodNotAllowedException.handler("GET"))
                .get(BASE + "/{id}/versions/{version}", this::version)
                .any(BASE + "/{id}/versions/{version}", MethodNotAllowedException.handler("GET"))
                .put(BASE + "/{id}/active-version", this::setActive)
                .any(BASE + "/{id}/active-version", MethodNotAllowedException.handler("PUT"));
    }

    private void create(ServerRequest req, ServerResponse res) {
        GraphInput input = bodies.read(req, GraphRequest.class).toInput();
        Graph g = uc.createGraph().create(Actors.of(req), input);
        res.header(HeaderNames.LOCATION, BASE + "/" + g.id());
        responses.json(res, Status.CREATED_201, GraphResponse.from(g));
    }

    private void list(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        errors.check();
        responses.json(res, Status.OK_200, queries.response(uc.listGraphs().list(Actors.of(req), page),
                GraphSummaryResponse::from, LIST));
    }

    private void getActive(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        responses.json(res, Status.OK_200, GraphResponse.from(uc.getGraph().getActive(Actors.of(req), id)));
    }

    private void update(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        GraphInput input = bodies.read(req, GraphRequest.class).toInput();
        responses.json(res, Status.OK_200, GraphResponse.from(uc.updateGraph().update(Actors.of(req), id, input)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        uc.deleteGraph().delete(Actors.of(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void versions(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        responses.json(res, Status.OK_200, uc.listGraphVersions().listVersions(Actors.of(req), id).stream()
                .map(GraphVersionResponse::from).toList());
    }

    private void version(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        int version = PathParameters.version(req, "version");
        responses.json(res, Status.OK_200, GraphResponse.from(uc.getGraphVersion().getVersion(Actors.of(req), id, version)));
    }

    private void setActive(ServerRequest req, ServerResponse res) {
        UUID id = graphId(req);
        int version = bodies.read(req, ActiveVersionRequest.class).checked();
        responses.json(res, Status.OK_200,
                GraphResponse.from(uc.setActiveVersion().setActiveVersion(Actors.of(req), id, version)));
    }

    private static UUID graphId(ServerRequest req) {
        return PathParameters.id(req, "id", "graph");
    }
}
