package dev.agentdata.adapter.http.credit;

import static dev.agentdata.adapter.http.route.Access.ADMIN;
import static dev.agentdata.adapter.http.route.Access.JWT_ONLY;

import java.util.UUID;

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
import dev.agentdata.application.port.in.credit.GetAutoTopUpUseCase;
import dev.agentdata.application.port.in.credit.GetBalanceUseCase;
import dev.agentdata.application.port.in.credit.GrantCreditsUseCase;
import dev.agentdata.application.port.in.credit.ListTransactionsUseCase;
import dev.agentdata.application.port.in.credit.SetAutoTopUpUseCase;
import dev.agentdata.application.port.in.credit.TopUpResult;
import dev.agentdata.application.port.in.credit.TopUpUseCase;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.user.UserContext;

/** The credit balance, top-ups (201 new, 200 replay), history, auto top-up and the admin grant. */
public final class CreditsHttpService implements ApiService {
    static final String BASE = "/api/v1/credits";
    static final String GRANT = "/api/v1/admin/credits/{user_id}/grant";
    static final String LIST = "credit-transactions";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final GetBalanceUseCase getBalance;
    private final TopUpUseCase topUp;
    private final ListTransactionsUseCase listTransactions;
    private final GetAutoTopUpUseCase getAutoTopUp;
    private final SetAutoTopUpUseCase setAutoTopUp;
    private final GrantCreditsUseCase grantCredits;

    public CreditsHttpService(HttpToolkit http, GetBalanceUseCase getBalance, TopUpUseCase topUp,
                              ListTransactionsUseCase listTransactions, GetAutoTopUpUseCase getAutoTopUp,
                              SetAutoTopUpUseCase setAutoTopUp, GrantCreditsUseCase grantCredits) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.queries = http.queries();
        this.getBalance = getBalance;
        this.topUp = topUp;
        this.listTransactions = listTransactions;
        this.getAutoTopUp = getAutoTopUp;
        this.setAutoTopUp = setAutoTopUp;
        this.grantCredits = grantCredits;
    }

    @Override
    public void routes(Routes routes) {
        routes.getOwnData(BASE, JWT_ONLY, this::balance)
                .post(BASE + "/top-up", JWT_ONLY, this::topUp)
                .getOwnData(BASE + "/transactions", JWT_ONLY, this::transactions)
                .getOwnData(BASE + "/auto-top-up", JWT_ONLY, this::autoTopUp)
                .put(BASE + "/auto-top-up", JWT_ONLY, this::setAutoTopUp)
                .post(GRANT, ADMIN, this::grant).changingUserIn("user_id");
    }

    private void balance(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, new BalanceResponse(getBalance.balance(RequestUser.of(req))));
    }

    private void topUp(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        TopUpRequest body = bodies.read(req, TopUpRequest.class);
        TopUpResult result = topUp.topUp(actor, body.toCommand());
        responses.json(res, result.created() ? Status.CREATED_201 : Status.OK_200,
                TransactionResponse.from(result.transaction()));
    }

    private void transactions(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, LIST, errors);
        errors.check();
        responses.json(res, Status.OK_200,
                queries.response(listTransactions.list(RequestUser.of(req), page), TransactionResponse::from, LIST));
    }

    private void autoTopUp(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, AutoTopUpResponse.from(getAutoTopUp.get(RequestUser.of(req))));
    }

    private void setAutoTopUp(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        AutoTopUpRequest body = bodies.read(req, AutoTopUpRequest.class);
        responses.json(res, Status.OK_200, AutoTopUpResponse.from(setAutoTopUp.set(actor, body.toConfig())));
    }

    private void grant(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        UUID userId = PathParameters.id(req, "user_id", "user");
        GrantRequest body = bodies.read(req, GrantRequest.class);
        responses.json(res, Status.CREATED_201,
                TransactionResponse.from(grantCredits.grant(actor, body.toCommand(userId))));
    }
}
