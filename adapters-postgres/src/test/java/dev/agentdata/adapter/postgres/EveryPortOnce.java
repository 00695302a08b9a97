package dev.agentdata.adapter.postgres;

import static dev.agentdata.adapter.postgres.Fixtures.at;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
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

/** Calls each method of the graph, execution, credit, API key, store and maintenance ports once, as a caller would. */
final class EveryPortOnce {
    private EveryPortOnce() {
    }

    static void call(PostgresStorage storage) {
        StoragePorts ports = storage.ports();
        UUID owner = Fixtures.newUser(storage);
        Graph graph = Fixtures.graph(UUID.randomUUID(), 1, owner, 3, at(0));
        ports.graphs().insertVersion(graph);
        ports.graphs().insertVersion(Fixtures.graph(graph.id(), 2, owner, 2, at(1)));
        ports.graphs().findVersion(owner, graph.id(), 1);
        ports.graphs().findVersionContent(owner, graph.id(), 1);
        ports.graphs().findVersionState(owner, graph.id(), 1);
        ports.graphs().findActive(owner, graph.id());
        ports.graphs().findActiveVersion(owner, graph.id());
        ports.graphs().findActiveHint(owner, graph.id());
        ports.graphs().exists(owner, graph.id());
        ports.graphs().maxVersion(owner, graph.id());
        ports.graphs().listVersions(owner, graph.id());
        ports.graphs().setActiveVersion(owner, graph.id(), 1, at(2));
        ports.graphs().listByOwner(owner, new PageRequest(10, Optional.empty(), true));
        ports.graphs().countByOwner(owner);
        GraphExecution run = Fixtures.execution(graph, owner, at(5));
        ports.executions().create(run);
        ports.executions().createWhileActive(Fixtures.execution(graph, owner, at(5)));
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
        store(ports.store(), owner, graph, Fixtures.newUser(storage));
        ports.executionMaintenance().findStuck(at(100), at(100), 10);
        ports.executionMaintenance().pruneFinishedBatch(at(2), 10);
        ports.graphs().delete(owner, graph.id());
    }

    /** A listing of {@code graph}, submitted, approved, reviewed by {@code reviewer}, read, then removed again. */
    private static void store(StoreRepository store, UUID owner, Graph graph, UUID reviewer) {
        StoreListing listing = StoreListing.create(UUID.randomUUID(), "every-port-" + graph.id(), graph.id(), owner,
                at(20));
        store.insertListingIfAbsent(listing);
        StoreSubmission submission = StoreSubmission.pending(UUID.randomUUID(), listing, 1, 1,
                new ListingContent("Every port", "once", "each statement", List.of("testing")), at(21));
        store.insertSubmission(submission);
        store.updateSubmissionContent(submission);
        StoreSubmission approved = submission.review(ReviewDecision.APPROVE, reviewer, "ok", at(22));
        store.updateSubmission(approved);
        StoreListing published = listing.withActiveSubmission(approved.id(), at(22));
        store.updateListing(published);
        store.findListingBySlug(listing.slug());
        store.findListingByGraph(graph.id());
        store.lockListing(listing.id());
        store.findSubmission(submission.id());
        store.listVersions(listing.id());
        store.listSubmissionsByOwner(owner, PageRequest.first(10));
        store.countSubmissionsByOwner(owner);
        store.listSubmissions(Optional.empty(), PageRequest.first(10));
        store.countSubmissions(Optional.empty());
        store.findReview(listing.id(), reviewer);
        store.saveReview(new StoreReview(UUID.randomUUID(), listing.id(), reviewer, 4, "good", at(23), at(23)),
                RatingDelta.of(Optional.empty(), 4));
        ListingQuery query = new ListingQuery(Optional.of("port"), Optional.empty(), null);
        store.findPublished(listing.slug());
        store.searchPublished(query, PageRequest.first(10));
        store.countPublished(query);
        store.findListedGraph(graph.id());
        store.hasListing(graph.id());
        store.updateListing(published.withActiveSubmission(null, at(24)));
        store.deleteSubmission(submission.id());
        store.deleteListing(listing.id());
    }
}
