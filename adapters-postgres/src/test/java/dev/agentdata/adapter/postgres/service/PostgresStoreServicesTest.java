package dev.agentdata.adapter.postgres.service;

import static dev.agentdata.application.contract.ConcurrentTasks.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.service.TestDoubles.MovableClock;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.store.ReviewListingCommand;
import dev.agentdata.application.port.in.store.SubmitCommand;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.application.service.store.GetListingService;
import dev.agentdata.application.service.store.ReviewListingService;
import dev.agentdata.application.service.store.ReviewSubmissionService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** The store use cases on Postgres: publish, run by others (trigger-kept run_count), racing reviews and submissions. */
class PostgresStoreServicesTest {
    private static WiredServices app;
    private static PostgresStorage pg;
    private static SubmitToStoreService submit;
    private static ReviewSubmissionService review;
    private static ReviewListingService rate;
    private static GetListingService get;
    private static GraphCommandService graphs;
    private static GraphQueryService graphQueries;
    private static StartExecutionService starts;
    private static final UserContext ADMIN = UserContext.ofToken(UUID.randomUUID(), true);
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-01T12:00:00.123456789Z"));

    @BeforeAll
    static void start() {
        pg = TestDatabase.freshStorage();
        app = new WiredServices(pg.ports(), CLOCK, UUID::randomUUID);
        graphs = app.graphCommands;
        graphQueries = app.graphQueries;
        starts = app.starts;
        submit = app.submit;
        review = app.reviewSubmission;
        rate = app.reviewListing;
        get = app.getListing;
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(pg);
    }

    private static SubmitCommand cmd(Graph g, String slug) {
        return new SubmitCommand(g.id(), 1, slug, "Zebra summariser", "Summaries", "About quaggas", List.of("writing"));
    }

    private static void clockTick() {
        CLOCK.advanceMillis(1);
    }

    @Test
    void approvedListing_isRunByOthers_countedByTheTrigger_andItsGraphCannotBeDeleted() {
        UserContext maker = app.newActor();
        UserContext other = app.newActor();
        Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
        StoreSubmission s = submit.submit(maker, cmd(g, "pg-flow"));
        StartExecutionCommand run = new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", "x"));
        assertThatThrownBy(() -> starts.start(other, run)).isInstanceOf(NotFoundException.class);
        review.review(ADMIN, s.id(), ReviewDecision.APPROVE, "ok");
        assertThat(graphQueries.getVersion(other, g.id(), 1).id()).isEqualTo(g.id());
        assertThat(starts.start(other, run).userId()).isEqualTo(other.userId());
        starts.start(other, run);
        starts.start(maker, run);
        assertThat(get.get(other, "pg-flow").runCount()).isEqualTo(2);
        assertThatThrownBy(() -> graphs.delete(maker, g.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void concurrentReviewsByManyUsers_keepExactCountAndMean() throws Exception {
        UserContext maker = app.newActor();
        Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
        review.review(ADMIN, submit.submit(maker, cmd(g, "pg-rated")).id(), ReviewDecision.APPROVE, "ok");
        List<UserContext> reviewers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reviewers.add(app.newActor());
        }
        race(reviewers.size(), i -> rate.review(reviewers.get(i), new ReviewListingCommand("pg-rated", 1 + i % 5, "c")));
        race(reviewers.size(), i -> rate.review(reviewers.get(i), new ReviewListingCommand("pg-rated", 5, "again")));
        var view = get.get(maker, "pg-rated");
        assertThat(view.reviewCount()).isEqualTo(12);
        assertThat(view.rating()).isEqualTo(5.0);
    }

    @Test
    void concurrentSubmissionsToOneListing_getDistinctVersionsAndOnePending() throws Exception {
        UserContext maker = app.newActor();
        Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
        submit.submit(maker, cmd(g, "pg-versions"));
        clockTick();
        List<StoreSubmission> subs = race(8, i -> submit.submit(maker, cmd(g, "pg-versions")));
        assertThat(subs).extracting(StoreSubmission::version).doesNotHaveDuplicates().allMatch(v -> v >= 2 && v <= 9);
        var versions = pg.store().listVersions(subs.getFirst().listingId());
        assertThat(versions).hasSize(9);
        assertThat(versions).filteredOn(StoreSubmission::isPending).hasSize(1);
    }

    @Test
    void concurrentFirstSubmissionsOfOneGraphAndSlug_shareOneListing() throws Exception {
        UserContext maker = app.newActor();
        Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
        List<StoreSubmission> subs = race(6, i -> submit.submit(maker, cmd(g, "pg-first-race")));
        assertThat(subs).extracting(StoreSubmission::listingId).containsOnly(subs.getFirst().listingId());
        assertThat(subs).extracting(StoreSubmission::version).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }
}
