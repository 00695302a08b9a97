package dev.agentdata.application.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.store.EditSubmissionCommand;
import dev.agentdata.application.port.in.store.ReviewListingCommand;
import dev.agentdata.application.port.in.store.SubmitCommand;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionLockedException;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.UserContext;

/** The owner's edit and delete of store submissions on each storage adapter that runs them. */
public abstract class StoreOwnerChangesServiceTest extends StoreUseCaseTest {
    private StoreSubmission pending(UserContext owner, Graph g, String slug) {
        return submit.submit(owner, new SubmitCommand(g.id(), 1, slug, "Zebra summariser", "Summaries of zebra facts",
                "Reads about quaggas and writes short summaries.", List.of("writing")));
    }

    private List<String> found(String text) {
        return search.search(other, new ListingQuery(Optional.of(text), Optional.empty(), null), PageRequest.first(10))
                .items().stream().map(ListingView::slug).toList();
    }

    private static EditSubmissionCommand rename(UUID id, String name) {
        return new EditSubmissionCommand(id, name, null, null, null);
    }

    @Test
    void givenPending_edit_replacesGivenFields_andApprovedListingShowsAndFindsThem() {
        StoreSubmission s = pending(maker, graph(maker), "okapi-one");
        StoreSubmission e = edit.edit(maker, new EditSubmissionCommand(s.id(), "Okapi guide", null,
                "Forest giraffes explained.", List.of("animals")));
        assertThat(e.content().name()).isEqualTo("Okapi guide");
        assertThat(e.content().subHeading()).isEqualTo("Summaries of zebra facts");
        assertThat(e.content().description()).isEqualTo("Forest giraffes explained.");
        assertThat(e.content().categories()).containsExactly("animals");
        assertThat(e.status()).isEqualTo(SubmissionStatus.PENDING);
        assertThat(mine.list(maker, PageRequest.first(10)).items()).containsExactly(e);
        review.review(admin, s.id(), ReviewDecision.APPROVE, "ok");
        assertThat(get.get(other, "okapi-one").name()).isEqualTo("Okapi guide");
        assertThat(found("okapi")).containsExactly("okapi-one");
        assertThat(found("quaggas")).isEmpty();
    }

    @Test
    void givenOtherUsersOrMissingSubmission_editAndDelete_areNotFound() {
        StoreSubmission s = pending(maker, graph(maker), "not-yours");
        assertThatThrownBy(() -> edit.edit(other, rename(s.id(), "Mine now"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(other, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> edit.edit(maker, rename(UUID.randomUUID(), "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(maker, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(store.findSubmission(s.id())).contains(s);
    }

    @Test
    void givenBadFields_edit_listsEveryViolation_andChangesNothing() {
        StoreSubmission s = pending(maker, graph(maker), "bad-edit");
        EditSubmissionCommand bad = new EditSubmissionCommand(s.id(), " ", "x".repeat(201), null, List.of("a", "a"));
        assertThatThrownBy(() -> edit.edit(maker, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("name", "sub_heading", "categories[1]"));
        assertThat(store.findSubmission(s.id())).contains(s);
        assertThatThrownBy(() -> edit.edit(other, rename(s.id(), ""))).isInstanceOf(ValidationException.class);
    }

    @Test
    void givenApprovedOrRejected_edit_isConflict() {
        StoreSubmission a = pending(maker, graph(maker), "approved-one");
        review.review(admin, a.id(), ReviewDecision.APPROVE, "ok");
        StoreSubmission r = pending(maker, graph(maker), "rejected-one");
        review.review(admin, r.id(), ReviewDecision.REJECT, "no");
        assertThatThrownBy(() -> edit.edit(maker, rename(a.id(), "x"))).isInstanceOf(SubmissionLockedException.class);
        assertThatThrownBy(() -> edit.edit(maker, rename(r.id(), "x"))).isInstanceOf(SubmissionLockedException.class);
        assertThatThrownBy(() -> edit.edit(maker, rename(a.id(), ""))).isInstanceOf(ValidationException.class);
        assertThat(get.get(other, "approved-one").name()).isEqualTo("Zebra summariser");
    }

    @Test
    void givenApproved_delete_isConflict_andKeepsIt() {
        StoreSubmission a = pending(maker, graph(maker), "keep-approved");
        review.review(admin, a.id(), ReviewDecision.APPROVE, "ok");
        assertThatThrownBy(() -> delete.delete(maker, a.id())).isInstanceOf(SubmissionLockedException.class);
        assertThat(get.get(other, "keep-approved").version()).isEqualTo(1);
    }

    @Test
    void givenOtherVersions_deletePending_removesOnlyIt_andKeepsTheListing() {
        Graph g = graph(maker);
        StoreSubmission v1 = pending(maker, g, "two-versions");
        review.review(admin, v1.id(), ReviewDecision.APPROVE, "ok");
        StoreSubmission v2 = pending(maker, g, "two-versions");
        delete.delete(maker, v2.id());
        assertThat(store.findSubmission(v2.id())).isEmpty();
        assertThat(mine.list(maker, PageRequest.first(10)).items()).extracting(StoreSubmission::id).containsExactly(v1.id());
        assertThat(get.get(other, "two-versions").version()).isEqualTo(1);
    }

    @Test
    void givenOnlyVersion_delete_removesTheListing_freeingSlugAndGraph() {
        Graph g = graph(maker);
        StoreSubmission s = pending(maker, g, "only-version");
        delete.delete(maker, s.id());
        assertThat(store.findListingBySlug("only-version")).isEmpty();
        assertThat(store.hasListing(g.id())).isFalse();
        StoreSubmission again = pending(other, graph(other), "only-version");
        assertThat(again.version()).isEqualTo(1);
        GraphCommandService commands = app.graphCommands;
        commands.delete(maker, g.id());
        assertThat(app.graphRepo.exists(maker.userId(), g.id())).isFalse();
    }

    @Test
    void givenWithdrawnListingWithReviews_deletingItsLastVersion_dropsListingAndReviews() {
        StoreSubmission s = pending(maker, graph(maker), "withdrawn");
        review.review(admin, s.id(), ReviewDecision.APPROVE, "ok");
        rate.review(other, new ReviewListingCommand("withdrawn", 5, "great"));
        review.review(admin, s.id(), ReviewDecision.REJECT, "withdrawn");
        delete.delete(maker, s.id());
        assertThat(store.findReview(s.listingId(), other.userId())).isEmpty();
        assertThat(store.findListingBySlug("withdrawn")).isEmpty();
    }
}
