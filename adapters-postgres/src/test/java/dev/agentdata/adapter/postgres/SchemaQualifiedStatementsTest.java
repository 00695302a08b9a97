package dev.agentdata.adapter.postgres;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;

/**
 * The pool sets no search_path, so through a transaction pooler nothing depends on one: here the pool's connections
 * have the test database's decoy (the same tables, empty) as theirs, every port writes, and every row lands in the
 * configured schema; the functions resolve names in their own schema too.
 */
class SchemaQualifiedStatementsTest {
    private static final List<String> TABLES = List.of("users", "graphs", "graph_nodes", "graph_links",
            "graph_executions", "node_executions", "credit_balances", "credit_transactions", "credit_auto_top_up",
            "api_keys", "store_listings", "store_submissions", "store_reviews", "job_leases");
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
    void givenConnectionsOnTheDecoysSearchPath_everyPortWrites_andOnlyTheConfiguredSchemaHasRows() {
        assertThat(query("SHOW search_path")).containsExactly(TestDatabase.decoySchema());
        StoragePorts ports = storage.ports();
        UUID owner = Fixtures.newUser(storage);
        UUID runner = Fixtures.newUser(storage);
        Graph graph = Fixtures.graph(UUID.randomUUID(), 1, owner, 3, at(0));
        ports.graphs().insertVersion(graph);
        StoreListing listing = publish(ports, graph);
        ports.store().saveReview(new StoreReview(UUID.randomUUID(), listing.id(), runner, 5, "fine", at(4), at(4)),
                RatingDelta.of(Optional.empty(), 5));

        GraphExecution run = Fixtures.execution(graph, runner, at(5));
        ports.executions().create(run);
        ports.executions().transition(runner, run.id(), GraphTransition.to(ExecutionStatus.RUNNING, at(6), null, null));
        NodeExecution node = ports.executions().addNode(runner, new NodeCreation(
                NodeExecution.queued(UUID.randomUUID(), run.id(), "n0", Map.of(), at(6)))).orElseThrow().value();
        ports.executions().transitionNode(runner, run.id(), node.id(),
                new NodeTransition(ExecutionStatus.RUNNING, at(7), null, null, null));
        assertThat(ports.executions().transition(runner, run.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(8), null, "x")).orElseThrow().cascaded()).isEqualTo(1);
        GraphExecution ownRun = Fixtures.execution(graph, owner, at(1));
        ports.executions().create(ownRun);
        ports.executions().transition(owner, ownRun.id(), GraphTransition.to(ExecutionStatus.CANCELLED, at(1), null, null));

        ports.credits().append(new LedgerEntry(UUID.randomUUID(), owner, 10, TransactionType.GRANT, at(9), Map.of(), "k"));
        ports.credits().saveAutoTopUp(owner, new AutoTopUpConfig(true, 5, 10L));
        ApiKey key = ApiKey.issue(UUID.randomUUID(), owner, "key", ApiKeySecret.fromRandomBytes(
                new byte[ApiKeySecret.RANDOM_BYTES]), EnumSet.of(ApiKeyPermission.READ_GRAPH), at(9));
        ports.apiKeys().insert(key);
        assertThat(ports.jobLeases().claim("decoy-check", Duration.ofMinutes(1))).isTrue();
        assertThat(ports.executionMaintenance().findStuck(at(100), at(100), 10)).isEmpty();
        assertThat(ports.executionMaintenance().pruneFinishedBatch(at(2), 10).executions()).isEqualTo(1);

        assertThat(ports.store().findPublished("decoy-check").orElseThrow().runCount()).isEqualTo(1);
        assertThat(ports.executions().list(new ExecutionFilter(runner, Optional.empty(), Optional.empty()),
                PageRequest.first(10)).items()).extracting(GraphExecution::id).containsExactly(run.id());
        assertThat(ports.apiKeys().findByHash(key.hash())).isPresent();
        assertThat(storage.isReachable()).isTrue();
        assertThat(TABLES).allSatisfy(table -> assertThat(query("SELECT EXISTS (SELECT 1 FROM {schema}." + table + ")"))
                .as(table).containsExactly("t"));
        assertThat(TestDatabase.decoyTablesWithRows()).isEmpty();
    }

    @Test
    void everyFunctionOfTheSchema_pinsItsSearchPathToTheSchema() {
        List<String> functions = query("SELECT proname || ' ' || coalesce(array_to_string(proconfig, ','), '')"
                + " FROM pg_proc WHERE pronamespace = '{schema}'::regnamespace ORDER BY proname");
        assertThat(functions).isNotEmpty()
                .allSatisfy(f -> assertThat(f).endsWith(" search_path=" + storage.settings().schema()));
    }

    private static StoreListing publish(StoragePorts ports, Graph graph) {
        StoreListing listing = StoreListing.create(UUID.randomUUID(), "decoy-check", graph.id(), graph.userId(), at(1));
        assertThat(ports.store().insertListingIfAbsent(listing)).isTrue();
        StoreSubmission submission = StoreSubmission.pending(UUID.randomUUID(), listing, 1, 1,
                new ListingContent("Zebra", "sub", "desc", List.of("writing")), at(2));
        ports.store().insertSubmission(submission);
        StoreSubmission approved = submission.review(ReviewDecision.APPROVE, graph.userId(), "ok", at(3));
        ports.store().updateSubmission(approved);
        StoreListing published = listing.withActiveSubmission(approved.id(), at(3));
        ports.store().updateListing(published);
        return published;
    }

    /** The first column of each row of {@code template} ({@code {schema}} resolved). */
    private static List<String> query(String template) {
        return storage.jdbc().call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(storage.schema().sql(template))) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        });
    }
}
