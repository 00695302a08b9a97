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
import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
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

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final QueryParameters queries;
    private final HttpUseCases uc;

    public StoreHttpService(JsonBodyReader bodies, ResponseWriter responses,
                            QueryParameters queries, HttpUseCases useCases) {
        this.bodies = bodies;
        this.responses = responses;
        this.queries = queries;
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
        SubmissionRequest body = bodies.read(req, SubmissionRequest.class);
        StoreSubmission s = uc.submitToStore().submit(Actors.of(req), body.toCommand());
        responses.json(res, Status.CREATED_201, SubmissionResponse.from(s));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        EditSubmissionRequest body = bodies.readPatch(req, EditSubmissionRequest.class);
        StoreSubmission s = uc.editSubmission().edit(Actors.of(req), body.toCommand(id));
        responses.json(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        uc.deleteSubmission().delete(Actors.of(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void mySubmissions(ServerRequest req, ServerResponse res) {
        BadRequestCollector errors = new BadRequestCollector();
        PageRequest page = queries.page(req, MY_SUBMISSIONS, errors);
        errors.check();
        responses.json(res, Status.OK_200, queries.response(uc.listMySubmissions().list(Actors.of(req), page),
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
                uc.listSubmissionsForReview().list(Actors.of(req), filter, page),
                SubmissionResponse::from, list));
    }

    private void review(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "submission");
        ReviewDecisionRequest body = bodies.read(req, ReviewDecisionRequest.class);
        StoreSubmission s = uc.reviewSubmission().review(Actors.of(req), id, body.checkedDecision(), body.comment());
        responses.json(res, Status.OK_200, SubmissionResponse.from(s));
    }

    private void search(ServerRequest req, ServerResponse res) {
        Parameters q = req.query();
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
        responses.json(res, Status.OK_200, queries.response(uc.searchListings().search(Actors.of(req), query, page),
                ListingResponse::from, list));
    }

    private void listing(ServerRequest req, ServerResponse res) {
        String slug = PathParameters.text(req, "slug", "listing");
        responses.json(res, Status.OK_200, ListingResponse.from(uc.getListing().get(Actors.of(req), slug)));
    }

    private void reviewListing(ServerRequest req, ServerResponse res) {
        ListingReviewRequest body = bodies.read(req, ListingReviewRequest.class);
        String slug = PathParameters.text(req, "slug", "listing");
        ReviewOutcome outcome = uc.reviewListing().review(Actors.of(req), body.toCommand(slug));
        responses.json(res, outcome.created() ? Status.CREATED_201 : Status.OK_200,
                ListingReviewResponse.from(outcome.review()));
    }
}
