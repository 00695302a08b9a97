package dev.agentdata.adapter.postgres.service;

import static dev.agentdata.application.contract.ConcurrentTasks.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.port.in.store.EditSubmissionCommand;
import dev.agentdata.application.port.in.store.SubmitCommand;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.store.DeleteSubmissionService;
import dev.agentdata.application.service.store.EditSubmissionService;
import dev.agentdata.application.service.store.ReviewSubmissionService;
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** The owner's edit and delete of submissions on Postgres: the tsvector follows the edit; deletes race submissions. */
class PostgresStoreOwnerChangesTest {
    private static PostgresStorage pg;
    private static WiredServices app;
    private static GraphCommandService graphs;
    private static SubmitToStoreService submit;
    private static ReviewSubmissionService review;
    private static EditSubmissionService edit;
    private static DeleteSubmissionService delete;
    private static SearchListingsService search;
    private static final UserContext ADMIN = UserContext.ofToken(UUID.randomUUID(), true);

    @BeforeAll
    static void start() {
        pg = TestDatabase.freshStorage();
        app = WiredServices.onTestClock(pg.ports());
        graphs = app.graphCommands;
        submit = app.submit;
        review = app.reviewSubmission;
        edit = app.editSubmission;
        delete = app.deleteSubmission;
        search = app.searchListings;
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(pg);
    }

    private static SubmitCommand cmd(Graph g, String slug) {
        return new SubmitCommand(g.id(), 1, slug, "Zebra summariser", "Summaries", "About quaggas", List.of("writing"));
    }

    private static List<String> found(UserContext who, String text) {
        return search.search(who, new ListingQuery(Optional.of(text), Optional.empty(), null), PageRequest.first(50))
                .items().stream().map(ListingView::slug).toList();
    }

    @Test
    void editedPendingSubmission_onceApproved_isFoundByItsNewTextsOnly() {
        UserContext maker = app.newActor();
        Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
        StoreSubmission s = submit.submit(maker, cmd(g, "pg-okapi"));
        edit.edit(maker, new EditSubmissionCommand(s.id(), "Okapi guide", "Forest giraffes", "", List.of("animals")));
        review.review(ADMIN, s.id(), ReviewDecision.APPROVE, "ok");
        assertThat(found(maker, "okapi")).containsExactly("pg-okapi");
        assertThat(found(maker, "giraffes")).containsExactly("pg-okapi");
        assertThat(found(maker, "quaggas")).doesNotContain("pg-okapi");
    }

    @Test
    void deletingTheOnlyVersion_whileSubmissionsToItsSlugRace_losesNoSubmission() throws Exception {
        for (int round = 0; round < 5; round++) {
            UserContext maker = app.newActor();
            Graph g = graphs.create(maker, WiredServices.inputToOutput("g"));
            String slug = "pg-race-" + round;
            StoreSubmission first = submit.submit(maker, cmd(g, slug));
            List<Optional<StoreSubmission>> out = race(5, i -> {
                if (i == 0) {
                    delete.delete(maker, first.id());
                    return Optional.<StoreSubmission>empty();
                }
                return Optional.of(submit.submit(maker, cmd(g, slug)));
            });
            List<UUID> submitted = out.stream().flatMap(Optional::stream).map(StoreSubmission::id).toList();
            UUID listingId = pg.store().findListingBySlug(slug).orElseThrow().id();
            assertThat(pg.store().listVersions(listingId)).extracting(StoreSubmission::id)
                    .containsAll(submitted).doesNotContain(first.id());
            assertThat(pg.store().listVersions(listingId)).filteredOn(StoreSubmission::isPending).hasSize(1);
        }
    }
}
