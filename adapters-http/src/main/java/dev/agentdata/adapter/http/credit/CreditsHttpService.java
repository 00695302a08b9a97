package dev.agentdata.adapter.http.credit;

import java.util.UUID;

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
import dev.agentdata.application.port.in.credit.TopUpResult;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.user.UserContext;

/** The credit balance, top-ups (201 new, 200 replay), history, auto top-up and the admin grant. */
public final class CreditsHttpService implements HttpService {
    static final String BASE = "/api/v1/credits";
    static final String GRANT = "/api/v1/admin/credits/{user_id}/grant";
    static final String LIST = "credit-transactions";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final HttpUseCases uc;

    public CreditsHttpService(JsonBodyReader bodies, ResponseWriter responses,
                              QueryParameters queries, HttpUseCases useCases) {
        this.bodies = bodies;
        this.responses = responses;
        this.queries = queries;
        this.uc = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(BASE, this::balance)
                .any(BASE, MethodNotAllowedException.handler("GET"))
                .post(BASE + "/top-up", this::topUp)
                .any(BASE + "/top-up", MethodNotAllowedException.handler("POST"))
                .get(BASE + "/transactions", this::transactions)
                .any(BASE + "/transactions", MethodNotAllowedException.handler("GET"))
                .get(BASE + "/auto-top-up", this::autoTopUp)
                .put(BASE + "/auto-top-up", this::setAutoTopUp)
                .any(BASE + "/auto-top-up", MethodNotAllowedException.handler("GET, PUT"))
                .post(GRANT, this::grant)
                .any(GRANT, MethodNotAllowedException.handler("POST"));
    }

    private void balance(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, new BalanceResponse(uc.getBalance().balance(Actors.of(req))));
    }

    private void topUp(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        TopUpRequest body = bodies.read(req, TopUpRequest.class);
        TopUpResult result = uc.topUp().topUp(actor, body.toCommand());
        responses.json(res, result.created() ? Status.CREATED_201 : Status.OK_200,
                TransactionResponse.from(result.transaction()));
    }

    private void transactions(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        errors.check();
        var result = uc.listTransactions().list(Actors.of(req), page);
        responses.json(res, Status.OK_200, queries.response(result, TransactionResponse::from, LIST));
    }

    private void autoTopUp(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, AutoTopUpResponse.from(uc.getAutoTopUp().get(Actors.of(req))));
    }

    private void setAutoTopUp(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        AutoTopUpRequest body = bodies.read(req, AutoTopUpRequest.class);
        responses.json(res, Status.OK_200, AutoTopUpResponse.from(uc.setAutoTopUp().set(actor, body.toConfig())));
    }

    private void grant(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UUID userId = PathParameters.id(req, "user_id", "user");
        GrantRequest body = bodies.read(req, GrantRequest.class);
        responses.json(res, Status.CREATED_201,
                TransactionResponse.from(uc.grantCredits().grant(actor, body.toCommand(userId))));
    }
}
