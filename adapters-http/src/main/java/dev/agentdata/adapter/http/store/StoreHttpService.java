package dev.agentdata.adapter.http.store;

import static dev.agentdata.adapter.http.route.Access.ADMIN;
import static dev.agentdata.adapter.http.route.Access.JWT_ONLY;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.store.DeleteSubmissionUseCase;
import dev.agentdata.application.port.in.store.EditSubmissionUseCase;
import dev.agentdata.application.port.in.store.GetListingUseCase;
import dev.agentdata.application.port.in.store.ListMySubmissionsUseCase;
import dev.agentdata.application.port.in.store.ListSubmissionsForReviewUseCase;
import dev.agentdata.application.port.in.store.ReviewListingUseCase;
import dev.agentdata.application.port.in.store.ReviewOutcome;
import dev.agentdata.application.port.in.store.ReviewSubmissionUseCase;
import dev.agentdata.application.port.in.store.SearchListingsUseCase;
import dev.agentdata.application.port.in.store.SubmitToStoreUseCase;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingSort;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** {@code /api/v1/store} and {@code /api/v1/admin/store}: submissions, their review, listings and listing reviews. */
public final class StoreHttpService implements ApiService {
    static final String STORE = "/api/v1/store";
    static final String ADMIN_STORE = "/api/v1/admin/store";
    private static final String MY_SUBMISSIONS = "store-submissions";
    private static final String REVIEW_QUEUE = "admin-store-submissions";
    private static final String LISTINGS = "store-listings:";
    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");
    private static final Set<String> SORTS = Set.of("rating", "recent");

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final SubmitToStoreUseCase submitToStore;
    private final ListMySubmissionsUseCase listMySubmissions;
    private final EditSubmissionUseCase editSubmission;
    private final DeleteSubmissionUseCase deleteSubmission;
    private final ListSubmissionsForReviewUseCase listSubmissionsForReview;
    private final ReviewSubmissionUseCase reviewSubmission;
    private final SearchListingsUseCase searchListings;
    private final GetListingUseCase getListing;
    private final ReviewListingUseCase reviewListing;

    public StoreHttpService(HttpToolkit http, SubmitToStoreUseCase submitToStore,
                            ListMySubmissionsUseCase listMySubmissions, EditSubmissionUseCase editSubmission,
                            DeleteSubmissionUseCase deleteSubmission,
                            ListSubmissionsForReviewUseCase listSubmissionsForReview,
                            ReviewSubmissionUseCase reviewSubmission, SearchListingsUseCase searchListings,
                            GetListingUseCase getListing, ReviewListingUseCase reviewListing) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.queries = http.queries();
        this.submitToStore = submitToStore;
        this.listMySubmissions = listMySubmissions;
        this.editSubmission = editSubmission;
        this.deleteSubmission = deleteSubmission;
        this.listSubmissionsForReview = listSubmissionsForReview;
        this.reviewSubmission = reviewSubmission;
        this.searchListings = searchListings;
        this.getListing = getListing;
        this.reviewListing = reviewListing;
    }

    @Override
    public void routes(Routes routes) {
        routes.post(STORE + "/submissions", JWT_ONLY, this::submit)
                .get(STORE + "/submissions", JWT_ONLY, this::mySubmissions)
                .patch(STORE + "/submissions/{id}", JWT_ONLY, this::edit)
                .delete(STORE + "/submissions/{id}", JWT_ONLY, this::delete)
                .get(ADMIN_STORE + "/submissions", ADMIN, this::reviewQueue)
                .post(ADMIN_STORE + "/submissions/{id}/review", ADMIN, this::review)
                .get(STORE + "/listings", JWT_ONLY, this::search)
                .get(STORE + "/listings/{slug}", JWT_ONLY, this::listing)
                .post(STORE + "/listings/{slug}/reviews", JWT_ONLY, this::reviewListing);
    }

    private void submit(ServerRequest req, ServerResponse res) {
        SubmissionRequest body = bodies.read(req, SubmissionRequest.class);
        StoreSubmission s = submitToStore.submit(RequestUser.of(req), body.toCommand());
        responses.json(res, Status.CREATED_201, SubmissionResponse.from(s));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        EditSubmissionRequest body = bodies.readPatch(req, EditSubmissionRequest.class);
        StoreSubmission s = editSubmission.edit(RequestUser.of(req), body.toCommand(id));
        responses.json(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        deleteSubmission.delete(RequestUser.of(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void mySubmissions(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, MY_SUBMISSIONS, errors);
        errors.check();
        responses.json(res, Status.OK_200, queries.response(listMySubmissions.list(RequestUser.of(req), page),
                SubmissionResponse::from, MY_SUBMISSIONS));
    }

    private void reviewQueue(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        Optional<String> status = QueryParameters.single(req.query(), "status", errors).filter(s -> !s.isEmpty());
        status.ifPresent(s -> errors.oneOf("status", s, STATUSES));
        String list = REVIEW_QUEUE + ":" + status.orElse("");
        PageRequest page = queries.page(req, list, errors);
        errors.check();
        Optional<SubmissionStatus> filter = status.flatMap(SubmissionStatus::fromWireName);
        responses.json(res, Status.OK_200, queries.response(
                listSubmissionsForReview.list(RequestUser.of(req), filter, page), SubmissionResponse::from, list));
    }

    private void review(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        ReviewDecisionRequest body = bodies.read(req, ReviewDecisionRequest.class);
        StoreSubmission s = reviewSubmission.review(RequestUser.of(req), id, body.checkedDecision(), body.comment());
        responses.json(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void search(ServerRequest req, ServerResponse res) {
        UriQuery q = req.query();
        BadRequestCollector errors = new BadRequestCollector();
        Optional<String> text = QueryParameters.single(q, "q", errors);
        Optional<String> category = QueryParameters.single(q, "category", errors);
        Optional<String> sort = QueryParameters.single(q, "sort", errors).filter(s -> !s.isEmpty());
        sort.ifPresent(s -> errors.oneOf("sort", s, SORTS));
        ListingQuery query = new ListingQuery(text, category,
                sort.flatMap(ListingSort::fromWireName).orElse(null));
        String list = LISTINGS + query.sort().wireName();
        PageRequest page = queries.page(req, list, errors);
        errors.check();
        responses.json(res, Status.OK_200, queries.response(searchListings.search(RequestUser.of(req), query, page),
                ListingResponse::from, list));
    }

    private void listing(ServerRequest req, ServerResponse res) {
        String slug = PathParameters.text(req, "slug", "listing");
        responses.json(res, Status.OK_200, ListingResponse.from(getListing.get(RequestUser.of(req), slug)));
    }

    private void reviewListing(ServerRequest req, ServerResponse res) {
        ListingReviewRequest body = bodies.read(req, ListingReviewRequest.class);
        String slug = PathParameters.text(req, "slug", "listing");
        ReviewOutcome outcome = reviewListing.review(RequestUser.of(req), body.toCommand(slug));
        responses.json(res, outcome.created() ? Status.CREATED_201 : Status.OK_200,
                ListingReviewResponse.from(outcome.review()));
    }
}
