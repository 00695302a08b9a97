package dev.agentdata.adapter.http;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.service.apikey.AuthenticateApiKeyService;
import dev.agentdata.application.service.apikey.CreateApiKeyService;
import dev.agentdata.application.service.apikey.ListApiKeysService;
import dev.agentdata.application.service.apikey.RevokeApiKeyService;
import dev.agentdata.application.service.credit.CreditCharger;
import dev.agentdata.application.service.credit.GetAutoTopUpService;
import dev.agentdata.application.service.credit.GetBalanceService;
import dev.agentdata.application.service.credit.GrantCreditsService;
import dev.agentdata.application.service.credit.ListTransactionsService;
import dev.agentdata.application.service.credit.SetAutoTopUpService;
import dev.agentdata.application.service.credit.TopUpService;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.domain.user.User;

/**
 * The real credit, API-key, graph and execution services on a memory storage (node costs charged by the
 * {@link CreditCharger}), behind the HTTP API, for the HTTP tests.
 */
final class CreditWiring {
    private CreditWiring() {
    }

    static HttpApi api() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryTransactions tx = new InMemoryTransactions(db);
        InMemoryUserRepository users = new InMemoryUserRepository(db);
        InMemoryCreditLedger ledger = new InMemoryCreditLedger(db);
        InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository(db);
        Clock clock = Clock.fixed(Fakes.NOW, ZoneOffset.UTC);
        IdGenerator ids = UUID::randomUUID;
        InMemoryGraphRepository graphs = new InMemoryGraphRepository(db);
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        StaticBlockCatalog blocks = new StaticBlockCatalog();
        GraphAccess access = new GraphAccess(graphs);
        GraphCommandService graphCommands = new GraphCommandService(graphs, blocks, access, tx, ids, clock);
        GraphQueryService graphQueries = new GraphQueryService(graphs, access);
        ExecutionTransitionService transitions = new ExecutionTransitionService(executions, tx, clock);
        NodeExecutionService nodes = new NodeExecutionService(executions, graphs, tx,
                new CreditCharger(ledger, ids, clock), ids, clock);
        ExecutionQueryService executionQueries = new ExecutionQueryService(executions, tx);
        HttpUseCases useCases = HttpUseCases.builder()
                .getOrCreateUser(c -> users.insertIfAbsent(User.fromClaims(c.subject(), c.subject() + "@example.org",
                        c.name(), Fakes.NOW)))
                .createGraph(graphCommands).getGraph(graphQueries).listGraphs(graphQueries)
                .startExecution(new StartExecutionService(executions, access, blocks, tx, ids, clock))
                .getExecution(executionQueries).transitionExecution(transitions)
                .addNodeExecution(nodes).transitionNodeExecution(nodes)
                .getBalance(new GetBalanceService(ledger))
                .topUp(new TopUpService(ledger, tx, ids, clock))
                .listTransactions(new ListTransactionsService(ledger))
                .getAutoTopUp(new GetAutoTopUpService(ledger))
                .setAutoTopUp(new SetAutoTopUpService(ledger, tx))
                .grantCredits(new GrantCreditsService(ledger, users, tx, ids, clock))
                .createApiKey(new CreateApiKeyService(keys, tx, SecretGenerator.secureRandom(), ids, clock))
                .listApiKeys(new ListApiKeysService(keys))
                .revokeApiKey(new RevokeApiKeyService(keys, tx, clock))
                .authenticateApiKey(new AuthenticateApiKeyService(keys, tx, clock))
                .build();
        return HttpApiTestServer.api(useCases);
    }
}
