package dev.agentdata.adapter.postgres;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.graph.Graph;

/**
 * Sharding-ready (docs/scaling.md): every user-owned table of the live schema has a {@code user_id} column, and every
 * statement the adapter sends about user-owned rows names the owner ({@code user_id = ...}, or writes the column),
 * except the few on {@link #ALLOWED}, each with its reason.
 */
class UserIdEverywhereTest {
    /** Tables that are not one user's rows. */
    private static final Map<String, String> NOT_USER_OWNED = Map.of(
            "users", "the user itself: its id is the distribution column",
            "store_listings", "the public store: every user reads every listing",
            "store_submissions", "the public store (owner_id: the submitter)",
            "store_reviews", "the public store: reviews belong to a listing",
            "job_leases", "one row per scheduled job, shared by all servers",
            "flyway_schema_history", "the migrations' own bookkeeping");
    private static final List<String> USER_OWNED = List.of("graphs", "graph_nodes", "graph_links", "graph_executions",
            "node_executions", "execution_events", "credit_balances", "credit_transactions", "credit_auto_top_up",
            "api_keys");
    /** Statements about user-owned rows that need not name the owner, by a fragment of their text, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            ".api_keys WHERE hash = ", "key lookup by hash: the key is how the caller is found",
            "WHERE status = 'running' AND started_at < ", "the sweeper: stuck executions of every user",
            "WHERE status IN ('completed', 'failed', 'cancelled', 'timeout') AND ended_at < ",
            "prune: finished executions of every user");
    private static final Pattern OWNER_NAMED = Pattern.compile(
            "(?is)\\buser_id\\s*(=|IN\\b)|INSERT\\s+INTO\\s+\\S+\\s*\\([^)]*\\buser_id\\b");
    private static PostgresStorage storage;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void everyUserOwnedTable_hasAUserIdColumn_andEveryOtherTableIsListedWithItsReason() {
        List<String> tables = query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + storage.settings().schema() + "' AND table_type = 'BASE TABLE' ORDER BY table_name");
        List<String> withUserId = query("SELECT table_name FROM information_schema.columns WHERE table_schema = '"
                + storage.settings().schema() + "' AND column_name = 'user_id' AND is_nullable = 'NO'");

        assertThat(tables).containsExactlyInAnyOrderElementsOf(concat(USER_OWNED, NOT_USER_OWNED.keySet()));
        assertThat(withUserId).containsAll(USER_OWNED);
    }

    @Test
    void everyStatementAboutUserOwnedRows_namesTheOwner_exceptTheAllowedOnes() {
        Set<String> unowned = new LinkedHashSet<>();
        Pattern userOwnedTable = Pattern.compile("\"" + storage.settings().schema() + "\"\\.("
                + String.join("|", USER_OWNED) + ")\\b");
        try (StatementLog log = new StatementLog()) {
            everyPortOnce(storage.ports());
            for (String sql : log.statements()) {
                boolean aboutUserRows = userOwnedTable.matcher(sql).find();
                boolean allowed = ALLOWED.keySet().stream().anyMatch(sql::contains);
                if (aboutUserRows && !allowed && !OWNER_NAMED.matcher(sql).find()) {
                    unowned.add(sql);
                }
            }
            assertThat(log.statements()).as("statements seen").hasSizeGreaterThan(20);
        }
        assertThat(unowned).as("statements about user-owned rows that do not name the owner").isEmpty();
    }

    private static void everyPortOnce(StoragePorts ports) {
        UUID owner = Fixtures.newUser(storage);
        Graph graph = Fixtures.graph(UUID.randomUUID(), 1, owner, 3, at(0));
        ports.graphs().insertVersion(graph);
        ports.graphs().insertVersion(Fixtures.graph(graph.id(), 2, owner, 2, at(1)));
        ports.graphs().findVersion(owner, graph.id(), 1);
        ports.graphs().findVersionContent(owner, graph.id(), 1);
        ports.graphs().findVersionState(owner, graph.id(), 1);
        ports.graphs().findActive(owner, graph.id());
        ports.graphs().findActiveVersion(owner, graph.id());
        ports.graphs().exists(owner, graph.id());
        ports.graphs().maxVersion(owner, graph.id());
        ports.graphs().listVersions(owner, graph.id());
        ports.graphs().setActiveVersion(owner, graph.id(), 1, at(2));
        ports.graphs().listByOwner(owner, new PageRequest(10, Optional.empty(), true));
        ports.graphs().countByOwner(owner);
        GraphExecution run = Fixtures.execution(graph, owner, at(5));
        ports.executions().create(run);
        ports.executions().find(owner, run.id());
        ports.executions().transition(owner, run.id(), GraphTransition.to(ExecutionStatus.RUNNING, at(6), null, null));
        NodeExecution node = ports.executions().addNode(owner, new NodeCreation(
                NodeExecution.queued(UUID.randomUUID(), run.id(), "n0", Map.of(), at(6)))).orElseThrow().value();
        ports.executions().findNode(owner, run.id(), node.id());
        ports.executions().transitionNode(owner, run.id(), node.id(),
                new NodeTransition(ExecutionStatus.RUNNING, at(7), null, null, null));
        ports.executions().listNodes(owner, run.id(), Optional.empty(), new PageRequest(10, Optional.empty(), true));
        ports.executions().list(new ExecutionFilter(owner, Optional.empty(), Optional.empty()),
                new PageRequest(10, Optional.empty(), true));
        ports.executions().transition(owner, run.id(), GraphTransition.to(ExecutionStatus.FAILED, at(8), null, "x"));
        ports.credits().append(new LedgerEntry(UUID.randomUUID(), owner, 10, TransactionType.GRANT, at(9), Map.of(), "k"));
        ports.credits().balance(owner);
        ports.credits().list(owner, new PageRequest(10, Optional.empty(), true));
        ports.credits().saveAutoTopUp(owner, new AutoTopUpConfig(true, 5, 10L));
        ports.credits().autoTopUp(owner);
        ApiKey key = ApiKey.issue(UUID.randomUUID(), owner, "key", ApiKeySecret.fromRandomBytes(
                new byte[ApiKeySecret.RANDOM_BYTES]), EnumSet.of(ApiKeyPermission.READ_GRAPH), at(9));
        ports.apiKeys().insert(key);
        ports.apiKeys().findByHash(key.hash());
        ports.apiKeys().findById(owner, key.id());
        ports.apiKeys().listByOwner(owner);
        ports.apiKeys().touchLastUsed(owner, key.id(), at(10));
        ports.apiKeys().revoke(owner, key.id(), at(11));
        ports.executionMaintenance().findStuck(at(100), at(100), 10);
        ports.executionMaintenance().pruneFinishedBatch(at(2), 10);
        ports.graphs().delete(owner, graph.id());
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> query(String sql) {
        return storage.jdbc().call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        });
    }
}
