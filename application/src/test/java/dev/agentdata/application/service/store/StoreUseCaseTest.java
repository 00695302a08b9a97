package dev.agentdata.application.service.store;

import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** The Store services under short names, with a maker, another user and an admin, for the Store use-case tests. */
public abstract class StoreUseCaseTest extends UseCaseTest {
    protected final StoreRepository store = app.store;
    protected final SubmitToStoreService submit = app.submit;
    protected final ReviewSubmissionService review = app.reviewSubmission;
    protected final EditSubmissionService edit = app.editSubmission;
    protected final DeleteSubmissionService delete = app.deleteSubmission;
    protected final ListMySubmissionsService mine = app.mySubmissions;
    protected final ListSubmissionsForReviewService queue = app.reviewQueue;
    protected final SearchListingsService search = app.searchListings;
    protected final GetListingService get = app.getListing;
    protected final ReviewListingService rate = app.reviewListing;
    protected final UserContext maker = app.newActor();
    protected final UserContext other = app.newActor();
    protected final UserContext admin = UserContext.ofToken(app.newActor().userId(), true);

    protected Graph graph(UserContext owner) {
        return app.graphCommands.create(owner, WiredServices.inputToOutput("g"));
    }
}
