package dev.agentdata.adapter.http.credit;

import java.util.UUID;

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
import dev.agentdata.application.port.in.credit.TopUpResult;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.user.UserContext;

/** The credit balance, top-ups (201 new, 200 replay), history, auto top-up and the admin grant. */
public final class CreditsHttpService implements HttpService {
    static final String BASE = "/api/v1/credits";
    static final String GRANT = "/api/v1/admin/credits/{user_id}/grant";
    static final String LIST = "credit-transactions";

    private final JsonCodec json;
    private final Params params;
    private final HttpUseCases uc;

    public CreditsHttpService(JsonCodec json, Params params, HttpUseCases useCases) {
        this.json = json;
        this.params = params;
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
        json.send(res, Status.OK_200, new BalanceResponse(uc.getBalance().balance(Actors.of(req))));
    }

    private void topUp(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        TopUpRequest body = json.read(req, TopUpRequest.class);
        TopUpResult result = uc.topUp().topUp(actor, body.toCommand());
        json.send(res, result.created() ? Status.CREATED_201 : Status.OK_200,
                TransactionResponse.from(result.transaction()));
    }

    private void transactions(ServerRequest req, ServerResponse res) {
        Shape shape = new Shape();
        PageRequest page = params.page(req, LIST, shape);
        shape.check();
        var result = uc.listTransactions().list(Actors.of(req), page);
        json.send(res, Status.OK_200, PageResponse.<CreditTransaction, TransactionResponse>from(result,
                TransactionResponse::from, params.cursors(), LIST));
    }

    private void autoTopUp(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, AutoTopUpResponse.from(uc.getAutoTopUp().get(Actors.of(req))));
    }

    private void setAutoTopUp(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        AutoTopUpRequest body = json.read(req, AutoTopUpRequest.class);
        json.send(res, Status.OK_200, AutoTopUpResponse.from(uc.setAutoTopUp().set(actor, body.toConfig())));
    }

    private void grant(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UUID userId = Params.pathId(req, "user_id", "user");
        GrantRequest body = json.read(req, GrantRequest.class);
        json.send(res, Status.CREATED_201,
                TransactionResponse.from(uc.grantCredits().grant(actor, body.toCommand(userId))));
    }
}
