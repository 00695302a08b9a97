package dev.agentdata.adapter.memory.service;

import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.application.service.store.DeleteSubmissionService;
import dev.agentdata.application.service.store.EditSubmissionService;
import dev.agentdata.application.service.store.GetListingService;
import dev.agentdata.application.service.store.ListMySubmissionsService;
import dev.agentdata.application.service.store.ListSubmissionsForReviewService;
import dev.agentdata.application.service.store.ListedGraphs;
import dev.agentdata.application.service.store.ReviewListingService;
import dev.agentdata.application.service.store.ReviewSubmissionService;
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** The Store services over one fresh memory app, with a maker, another user and an admin, for the Store service tests. */
abstract class MemoryStoreServices {
    protected final MemoryApp app = new MemoryApp();
    protected final InMemoryStoreRepository store = new InMemoryStoreRepository(app.db, app.userRepo,
            app.executionRepo);
    protected final SubmitToStoreService submit = new SubmitToStoreService(store, app.graphRepo, app.tx, app.ids, app.clock);
    protected final ReviewSubmissionService review = new ReviewSubmissionService(store, app.tx, app.clock);
    protected final EditSubmissionService edit = new EditSubmissionService(store, app.tx);
    protected final DeleteSubmissionService delete = new DeleteSubmissionService(store, app.tx);
    protected final ListMySubmissionsService mine = new ListMySubmissionsService(store, app.tx);
    protected final ListSubmissionsForReviewService queue = new ListSubmissionsForReviewService(store, app.tx);
    protected final SearchListingsService search = new SearchListingsService(store, app.tx);
    protected final GetListingService get = new GetListingService(store, app.tx);
    protected final ReviewListingService rate = new ReviewListingService(store, app.tx, app.ids, app.clock);
    protected final UserContext maker = app.newActor();
    protected final UserContext other = app.newActor();
    protected final UserContext admin = UserContext.ofToken(app.newActor().userId(), true);

    {
        app.shared = new ListedGraphs(store);
    }

    protected Graph graph(UserContext owner) {
        return app.graphCommands.create(owner, MemoryApp.inputToOutput("g"));
    }
}
