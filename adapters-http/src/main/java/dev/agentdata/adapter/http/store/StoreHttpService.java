package dev.agentdata.adapter.http.store;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpUseCases;
import dev.agentdata.adapter.http.common.Actors;
import dev.agentdata.adapter.http.common.JsonCodec;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PageResponse;
import dev.agentdata.adapter.http.common.Params;
import dev.agentdata.adapter.http.common.Shape;
import dev.agentdata.application.port.in.store.ReviewOutcome;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingSort;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** {@code /api/v1/store} and {@code /api/v1/admin/store}: submissions, their review, listings and listing reviews. */
public final class StoreHttpService implements HttpService {
    static final String STORE = "/api/v1/store";
    static final String ADMIN = "/api/v1/admin/store";
    private static final String MY_SUBMISSIONS = "store-submissions";
    private static final String REVIEW_QUEUE = "admin-store-submissions";
    private static final String LISTINGS = "store-listings:";
    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");
    private static final Set<String> SORTS = Set.of("rating", "recent");

    private final JsonCodec json;
    private final Params params;
    private final HttpUseCases uc;

    public StoreHttpService(JsonCodec json, Params params, HttpUseCases useCases) {
        this.json = json;
        this.params = params;
        this.uc = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(STORE + "/submissions", this::submit)
                .get(STORE + "/submissions", this::mySubmissions)
                .any(STORE + "/submissions", MethodNotAllowedException.handler("GET, POST"))
                .patch(STORE + "/submissions/{id}", this::edit)
                .delete(STORE + "/submissions/{id}", this::delete)
                .any(STORE + "/submissions/{id}", MethodNotAllowedException.handler("PATCH, DELETE"))
                .get(ADMIN + "/submissions", this::reviewQueue)
                .any(ADMIN + "/submissions", MethodNotAllowedException.handler("GET"))
                .post(ADMIN + "/submissions/{id}/review", this::review)
                .any(ADMIN + "/submissions/{id}/review", MethodNotAllowedException.handler("POST"))
                .get(STORE + "/listings", this::search)
                .any(STORE + "/listings", MethodNotAllowedException.handler("GET"))
                .get(STORE + "/listings/{slug}", this::listing)
                .any(STORE + "/listings/{slug}", MethodNotAllowedException.handler("GET"))
                .post(STORE + "/listings/{slug}/reviews", this::reviewListing)
                .any(STORE + "/listings/{slug}/reviews", MethodNotAllowedException.handler("POST"));
    }

    private void submit(ServerRequest req, ServerResponse res) {
        SubmissionRequest body = json.read(req, SubmissionRequest.class);
        StoreSubmission s = uc.submitToStore().submit(Actors.of(req), body.toCommand());
        json.send(res, Status.CREATED_201, SubmissionResponse.from(s));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        UUID id = Params.pathId(req, "id", "submission");
        EditSubmissionRequest body = json.readPatch(req, EditSubmissionRequest.class);
        StoreSubmission s = uc.editSubmission().edit(Actors.of(req), body.toCommand(id));
        json.send(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = Params.pathId(req, "id", "submission");
        uc.deleteSubmission().delete(Actors.of(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void mySubmissions(ServerRequest req, ServerResponse res) {
        Shape shape = new Shape();
        PageRequest page = params.page(req, MY_SUBMISSIONS, shape);
        shape.check();
        json.send(res, Status.OK_200, PageResponse.from(uc.listMySubmissions().list(Actors.of(req), page),
                SubmissionResponse::from, params.cursors(), MY_SUBMISSIONS));
    }

    private void reviewQueue(ServerRequest req, ServerResponse res) {
        Shape shape = new Shape();
        Optional<String> status = Params.single(req.query(), "status", shape).filter(s -> !s.isEmpty());
        status.ifPresent(s -> shape.oneOf("status", s, STATUSES));
        String list = REVIEW_QUEUE + ":" + status.orElse("");
        PageRequest page = params.page(req, list, shape);
        shape.check();
        Optional<SubmissionStatus> filter = status.flatMap(SubmissionStatus::fromWireName);
        json.send(res, Status.OK_200, PageResponse.from(
                uc.listSubmissionsForReview().list(Actors.of(req), filter, page),
                SubmissionResponse::from, params.cursors(), list));
    }

    private void review(ServerRequest req, ServerResponse res) {
        UUID id = Params.pathId(req, "id", "submission");
        ReviewDecisionRequest body = json.read(req, ReviewDecisionRequest.class);
        StoreSubmission s = uc.reviewSubmission().review(Actors.of(req), id, body.checkedDecision(), body.comment());
        json.send(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void search(ServerRequest req, ServerResponse res) {
        Parameters q = req.query();
        Shape shape = new Shape();
        Optional<String> text = Params.single(q, "q", shape);
        Optional<String> category = Params.single(q, "category", shape);
        Optional<String> sort = Params.single(q, "sort", shape).filter(s -> !s.isEmpty());
        sort.ifPresent(s -> shape.oneOf("sort", s, SORTS));
        ListingQuery query = new ListingQuery(text, category,
                sort.flatMap(ListingSort::fromWireName).orElse(null));
        String list = LISTINGS + query.sort().wireName();
        PageRequest page = params.page(req, list, shape);
        shape.check();
        json.send(res, Status.OK_200, PageResponse.from(uc.searchListings().search(Actors.of(req), query, page),
                ListingResponse::from, params.cursors(), list));
    }

    private void listing(ServerRequest req, ServerResponse res) {
        String slug = Params.pathText(req, "slug", "listing");
        json.send(res, Status.OK_200, ListingResponse.from(uc.getListing().get(Actors.of(req), slug)));
    }

    private void reviewListing(ServerRequest req, ServerResponse res) {
        ListingReviewRequest body = json.read(req, ListingReviewRequest.class);
        String slug = Params.pathText(req, "slug", "listing");
        ReviewOutcome outcome = uc.reviewListing().review(Actors.of(req), body.toCommand(slug));
        json.send(res, outcome.created() ? Status.CREATED_201 : Status.OK_200,
                ListingReviewResponse.from(outcome.review()));
    }
}
