package dev.agentdata.application.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.store.ReviewListingCommand;
import dev.agentdata.application.port.in.store.SubmitCommand;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.SlugTakenException;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.UserContext;

/** Store use cases on each storage adapter that runs them, including reading and running a listed graph version. */
public abstract class StoreServiceTest extends StoreUseCaseTest {
    private static SubmitCommand cmd(Graph g, int version, String slug) {
        return new SubmitCommand(g.id(), version, slug, "Zebra summariser", "Summaries of zebra facts",
                "Reads about quaggas and writes short summaries.", List.of("writing"));
    }

    private StoreSubmission approved(UserContext owner, String slug) {
        StoreSubmission s = submit.submit(owner, cmd(graph(owner), 1, slug));
        return review.review(admin, s.id(), ReviewDecision.APPROVE, "ok");
    }

    @Test
    void givenOwnGraph_submit_isPendingVersionOneOfNewListing() {
        StoreSubmission s = submit.submit(maker, cmd(graph(maker), 1, "zebra-one"));
        assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.slug()).isEqualTo("zebra-one");
        assertThat(mine.list(maker, PageRequest.first(10)).items()).containsExactly(s);
        assertThat(mine.list(other, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void givenOtherUsersGraphOrMissingVersion_submit_isNotFound() {
        Graph g = graph(maker);
        assertThatThrownBy(() -> submit.submit(other, cmd(g, 1, "stolen"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submit.submit(maker, cmd(g, 2, "no-version"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenBadFields_submit_listsEveryViolationBeforeLookingAtTheGraph() {
        SubmitCommand bad = new SubmitCommand(UUID.randomUUID(), 1, "Bad Slug!", "", null, null, List.of(""));
        assertThatThrownBy(() -> submit.submit(maker, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("slug", "name", "categories[0]"));
    }

    @Test
    void givenSlugOfOtherListing_submit_isConflict() {
        approved(maker, "taken");
        assertThatThrownBy(() -> submit.submit(other, cmd(graph(other), 1, "taken"))).isInstanceOf(SlugTakenException.class);
        assertThatThrownBy(() -> submit.submit(maker, cmd(graph(maker), 1, "taken"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void givenListedGraphUnderAnotherSlug_submit_isConflict() {
        Graph g = graph(maker);
        submit.submit(maker, cmd(g, 1, "first-slug"));
        assertThatThrownBy(() -> submit.submit(maker, cmd(g, 1, "second-slug"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void givenPendingVersion_secondSubmission_addsVersionAndSupersedesIt() {
        Graph g = graph(maker);
        StoreSubmission first = submit.submit(maker, cmd(g, 1, "versions"));
        StoreSubmission second = submit.submit(maker, cmd(g, 1, "versions"));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.listingId()).isEqualTo(first.listingId());
        assertThat(store.findSubmission(first.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(queue.list(admin, Optional.of(SubmissionStatus.PENDING), PageRequest.first(10)).items())
                .extracting(StoreSubmission::id).containsExactly(second.id());
    }

    @Test
    void givenNonAdmin_reviewAndQueue_areForbidden() {
        StoreSubmission s = submit.submit(maker, cmd(graph(maker), 1, "forbidden"));
        assertThatThrownBy(() -> review.review(maker, s.id(), ReviewDecision.APPROVE, "ok")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> queue.list(maker, Optional.empty(), PageRequest.first(10))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.review(admin, UUID.randomUUID(), ReviewDecision.APPROVE, "ok"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenPendingListing_get_isNotFound_andApprovalPublishesIt() {
        StoreSubmission s = submit.submit(maker, cmd(graph(maker), 1, "publish-me"));
        assertThatThrownBy(() -> get.get(other, "publish-me")).isInstanceOf(NotFoundException.class);
        StoreSubmission r = review.review(admin, s.id(), ReviewDecision.APPROVE, "fine");
        assertThat(r.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(r.reviewerId()).isEqualTo(admin.userId());
        assertThat(get.get(other, "publish-me").creator()).isNotBlank();
        assertThat(search.search(other, new ListingQuery(Optional.of("quaggas"), Optional.empty(), null),
                PageRequest.first(10)).items()).extracting(v -> v.slug()).containsExactly("publish-me");
        assertThatThrownBy(() -> review.review(admin, s.id(), ReviewDecision.APPROVE, "again"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void givenActiveVersionRejected_listingFallsBackThenHides() {
        Graph g = graph(maker);
        StoreSubmission v1 = submit.submit(maker, cmd(g, 1, "fallback"));
        review.review(admin, v1.id(), ReviewDecision.APPROVE, "ok");
        app.graphCommands.update(maker, g.id(), WiredServices.inputToOutput("g2"));
        StoreSubmission v2 = submit.submit(maker, cmd(g, 2, "fallback"));
        review.review(admin, v2.id(), ReviewDecision.APPROVE, "ok");
        assertThat(get.get(other, "fallback").graphVersion()).isEqualTo(2);
        review.review(admin, v2.id(), ReviewDecision.REJECT, "broken");
        assertThat(get.get(other, "fallback").graphVersion()).isEqualTo(1);
        review.review(admin, v1.id(), ReviewDecision.REJECT, "also broken");
        assertThatThrownBy(() -> get.get(other, "fallback")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenApprovedListing_otherUserMayReadAndRunOnlyTheListedVersion() {
        StoreSubmission s = submit.submit(maker, cmd(graph(maker), 1, "runnable"));
        Graph g = app.graphRepo.findVersion(maker.userId(), s.graphId(), 1).orElseThrow();
        assertThatThrownBy(() -> app.graphQueries.getVersion(other, g.id(), 1)).isInstanceOf(NotFoundException.class);
        review.review(admin, s.id(), ReviewDecision.APPROVE, "ok");
        assertThat(app.graphQueries.getVersion(other, g.id(), 1)).isEqualTo(g);
        var run = app.starts.start(other, new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", "x")));
        assertThat(run.userId()).isEqualTo(other.userId());
        String node = g.content().nodes().getFirst().id();
        assertThat(app.nodes.add(other, run.id(), node, Map.of()).nodeId()).isEqualTo(node);
        assertThat(app.starts.start(other, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", "x")))
                .graphVersion()).isEqualTo(1);
        app.starts.start(maker, new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", "x")));
        assertThat(get.get(other, "runnable").runCount()).isEqualTo(2);
    }

    @Test
    void reviews_rejectBadScoreAndCreator_thenCreateAndReplace() {
        approved(maker, "rate-it");
        assertThatThrownBy(() -> rate.review(other, new ReviewListingCommand("rate-it", 6, "x")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> rate.review(maker, new ReviewListingCommand("rate-it", 5, "mine")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rate.review(other, new ReviewListingCommand("no-such", 5, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(rate.review(other, new ReviewListingCommand("rate-it", 2, "meh")).created()).isTrue();
        assertThat(rate.review(other, new ReviewListingCommand("rate-it", 4, "better")).created()).isFalse();
        var view = get.get(other, "rate-it");
        assertThat(view.reviewCount()).isEqualTo(1);
        assertThat(view.rating()).isEqualTo(4.0);
    }

    @Test
    void givenGraphWithListing_delete_isConflict_whileUnlistedGraphsStillGo() {
        GraphCommandService commands = app.graphCommands;
        StoreSubmission s = submit.submit(maker, cmd(graph(maker), 1, "keep-me"));
        assertThatThrownBy(() -> commands.delete(maker, s.graphId())).isInstanceOf(ConflictException.class);
        Graph unlisted = graph(maker);
        commands.delete(maker, unlisted.id());
        assertThat(app.graphRepo.exists(maker.userId(), unlisted.id())).isFalse();
    }
}
