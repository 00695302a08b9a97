package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.agentdata.adapter.http.apikey.ApiKeysHttpService;
import dev.agentdata.adapter.http.block.BlocksHttpService;
import dev.agentdata.adapter.http.credit.CreditsHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.store.StoreHttpService;
import dev.agentdata.adapter.http.user.UsersHttpService;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.service.credit.CreditCharger;

/** The real services (credits and API keys included, node costs charged) on a test storage, as {@link WiredServices} wires them. */
final class ServiceWiring implements TestApiServices {
    private final WiredServices app;

    private ServiceWiring(Clock clock, TestStorage storage) {
        this.app = new WiredServices(storage.ports(), clock, UUID::randomUUID);
        app.charger = new CreditCharger(app.credits, app.ids, clock);
    }

    static ServiceWiring on(Clock clock, TestStorage storage) {
        return new ServiceWiring(clock, storage);
    }

    @Override
    public GetOrCreateUserUseCase identities() {
        return app.users;
    }

    @Override
    public AuthenticateApiKeyUseCase apiKeys() {
        return app.authenticateApiKey;
    }

    @Override
    public List<ApiService> services(HttpToolkit http) {
        return List.of(
                new UsersHttpService(http, app.users, app.users, app.users),
                new BlocksHttpService(http, app.listBlocks),
                new StoreHttpService(http, app.submit, app.mySubmissions, app.editSubmission, app.deleteSubmission,
                        app.reviewQueue, app.reviewSubmission, app.searchListings, app.getListing, app.reviewListing),
                new GraphsHttpService(http, app.graphCommands, app.graphQueries, app.graphQueries, app.graphQueries,
                        app.graphQueries, app.graphCommands, app.graphCommands, app.graphCommands),
                new ExecutionsHttpService(http, app.starts, app.executionQueries, app.executionQueries,
                        app.transitions, app.transitions, app.nodes, app.nodes),
                new CreditsHttpService(http, app.balance, app.topUp, app.creditTransactions, app.getAutoTopUp,
                        app.setAutoTopUp, app.grantCredits),
                new ApiKeysHttpService(http, app.createApiKey, app.listApiKeys, app.revokeApiKey));
    }
}
