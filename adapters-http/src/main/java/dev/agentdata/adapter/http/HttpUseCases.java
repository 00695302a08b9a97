package dev.agentdata.adapter.http;

import java.lang.reflect.Proxy;
import java.util.Optional;

import dev.agentdata.application.port.in.block.ListBlocksUseCase;
import dev.agentdata.application.port.in.execution.AddNodeExecutionUseCase;
import dev.agentdata.application.port.in.execution.CancelExecutionUseCase;
import dev.agentdata.application.port.in.execution.GetExecutionUseCase;
import dev.agentdata.application.port.in.execution.ListExecutionsUseCase;
import dev.agentdata.application.port.in.execution.StartExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionNodeExecutionUseCase;
import dev.agentdata.application.port.in.graph.CreateGraphUseCase;
import dev.agentdata.application.port.in.graph.DeleteGraphUseCase;
import dev.agentdata.application.port.in.graph.GetGraphUseCase;
import dev.agentdata.application.port.in.graph.GetGraphVersionUseCase;
import dev.agentdata.application.port.in.graph.ListGraphVersionsUseCase;
import dev.agentdata.application.port.in.graph.ListGraphsUseCase;
import dev.agentdata.application.port.in.graph.SetActiveVersionUseCase;
import dev.agentdata.application.port.in.graph.UpdateGraphUseCase;
import dev.agentdata.application.port.in.store.SubmitToStoreUseCase;
import dev.agentdata.application.port.in.store.ListMySubmissionsUseCase;
import dev.agentdata.application.port.in.store.ListSubmissionsForReviewUseCase;
import dev.agentdata.application.port.in.store.ReviewSubmissionUseCase;
import dev.agentdata.application.port.in.store.EditSubmissionUseCase;
import dev.agentdata.application.port.in.store.DeleteSubmissionUseCase;
import dev.agentdata.application.port.in.store.SearchListingsUseCase;
import dev.agentdata.application.port.in.store.GetListingUseCase;
import dev.agentdata.application.port.in.store.ReviewListingUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.port.in.user.GetUserUseCase;
import dev.agentdata.application.port.in.user.UpdatePreferencesUseCase;
import dev.agentdata.application.port.in.user.UpdateProfileUseCase;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.credit.GetBalanceUseCase;
import dev.agentdata.application.port.in.credit.TopUpUseCase;
import dev.agentdata.application.port.in.credit.ListTransactionsUseCase;
import dev.agentdata.application.port.in.credit.GetAutoTopUpUseCase;
import dev.agentdata.application.port.in.credit.SetAutoTopUpUseCase;
import dev.agentdata.application.port.in.credit.GrantCreditsUseCase;
import dev.agentdata.application.port.in.apikey.CreateApiKeyUseCase;
import dev.agentdata.application.port.in.apikey.ListApiKeysUseCase;
import dev.agentdata.application.port.in.apikey.RevokeApiKeyUseCase;

/**
 * The incoming ports the HTTP adapter calls, gathered through a builder so that features can add theirs
 * without breaking callers. A use case left unset answers 500 when its route is called (handy for tests);
 * bootstrap sets them all. Without {@code authenticateApiKey} every {@code X-API-Key} is a 401.
 */
public final class HttpUseCases {
    private final GetOrCreateUserUseCase getOrCreateUser;
    private final GetUserUseCase getUser;
    private final UpdateProfileUseCase updateProfile;
    private final UpdatePreferencesUseCase updatePreferences;
    private final ListBlocksUseCase listBlocks;
    private final CreateGraphUseCase createGraph;
    private final ListGraphsUseCase listGraphs;
    private final GetGraphUseCase getGraph;
    private final GetGraphVersionUseCase getGraphVersion;
    private final ListGraphVersionsUseCase listGraphVersions;
    private final UpdateGraphUseCase updateGraph;
    private final SetActiveVersionUseCase setActiveVersion;
    private final DeleteGraphUseCase deleteGraph;
    private final StartExecutionUseCase startExecution;
    private final ListExecutionsUseCase listExecutions;
    private final GetExecutionUseCase getExecution;
    private final TransitionExecutionUseCase transitionExecution;
    private final CancelExecutionUseCase cancelExecution;
    private final AddNodeExecutionUseCase addNodeExecution;
    private final TransitionNodeExecutionUseCase transitionNodeExecution;
    private final SubmitToStoreUseCase submitToStore;
    private final ListMySubmissionsUseCase listMySubmissions;
    private final ListSubmissionsForReviewUseCase listSubmissionsForReview;
    private final ReviewSubmissionUseCase reviewSubmission;
    private final EditSubmissionUseCase editSubmission;
    private final DeleteSubmissionUseCase deleteSubmission;
    private final SearchListingsUseCase searchListings;
    private final GetListingUseCase getListing;
    private final ReviewListingUseCase reviewListing;
    private final Optional<AuthenticateApiKeyUseCase> authenticateApiKey;
    private final GetBalanceUseCase getBalance;
    private final TopUpUseCase topUp;
    private final ListTransactionsUseCase listTransactions;
    private final GetAutoTopUpUseCase getAutoTopUp;
    private final SetAutoTopUpUseCase setAutoTopUp;
    private final GrantCreditsUseCase grantCredits;
    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final RevokeApiKeyUseCase revokeApiKey;

    private HttpUseCases(Builder b) {
        this.getOrCreateUser = b.getOrCreateUser != null ? b.getOrCreateUser : missing(GetOrCreateUserUseCase.class);
        this.getUser = b.getUser != null ? b.getUser : missing(GetUserUseCase.class);
        this.updateProfile = b.updateProfile != null ? b.updateProfile : missing(UpdateProfileUseCase.class);
        this.updatePreferences = b.updatePreferences != null ? b.updatePreferences : missing(UpdatePreferencesUseCase.class);
        this.listBlocks = b.listBlocks != null ? b.listBlocks : missing(ListBlocksUseCase.class);
        this.createGraph = b.createGraph != null ? b.createGraph : missing(CreateGraphUseCase.class);
        this.listGraphs = b.listGraphs != null ? b.listGraphs : missing(ListGraphsUseCase.class);
        this.getGraph = b.getGraph != null ? b.getGraph : missing(GetGraphUseCase.class);
        this.getGraphVersion = b.getGraphVersion != null ? b.getGraphVersion : missing(GetGraphVersionUseCase.class);
        this.listGraphVersions = b.listGraphVersions != null ? b.listGraphVersions : missing(ListGraphVersionsUseCase.class);
        this.updateGraph = b.updateGraph != null ? b.updateGraph : missing(UpdateGraphUseCase.class);
        this.setActiveVersion = b.setActiveVersion != null ? b.setActiveVersion : missing(SetActiveVersionUseCase.class);
        this.deleteGraph = b.deleteGraph != null ? b.deleteGraph : missing(DeleteGraphUseCase.class);
        this.startExecution = b.startExecution != null ? b.startExecution : missing(StartExecutionUseCase.class);
        this.listExecutions = b.listExecutions != null ? b.listExecutions : missing(ListExecutionsUseCase.class);
        this.getExecution = b.getExecution != null ? b.getExecution : missing(GetExecutionUseCase.class);
        this.transitionExecution = b.transitionExecution != null ? b.transitionExecution : missing(TransitionExecutionUseCase.class);
        this.cancelExecution = b.cancelExecution != null ? b.cancelExecution : missing(CancelExecutionUseCase.class);
        this.addNodeExecution = b.addNodeExecution != null ? b.addNodeExecution : missing(AddNodeExecutionUseCase.class);
        this.transitionNodeExecution = b.transitionNodeExecution != null ? b.transitionNodeExecution : missing(TransitionNodeExecutionUseCase.class);
        this.submitToStore = b.submitToStore != null ? b.submitToStore : missing(SubmitToStoreUseCase.class);
        this.listMySubmissions = b.listMySubmissions != null ? b.listMySubmissions : missing(ListMySubmissionsUseCase.class);
        this.listSubmissionsForReview = b.listSubmissionsForReview != null ? b.listSubmissionsForReview : missing(ListSubmissionsForReviewUseCase.class);
        this.reviewSubmission = b.reviewSubmission != null ? b.reviewSubmission : missing(ReviewSubmissionUseCase.class);
        this.editSubmission = b.editSubmission != null ? b.editSubmission : missing(EditSubmissionUseCase.class);
        this.deleteSubmission = b.deleteSubmission != null ? b.deleteSubmission : missing(DeleteSubmissionUseCase.class);
        this.searchListings = b.searchListings != null ? b.searchListings : missing(SearchListingsUseCase.class);
        this.getListing = b.getListing != null ? b.getListing : missing(GetListingUseCase.class);
        this.reviewListing = b.reviewListing != null ? b.reviewListing : missing(ReviewListingUseCase.class);
        this.authenticateApiKey = Optional.ofNullable(b.authenticateApiKey);
        this.getBalance = b.getBalance != null ? b.getBalance : missing(GetBalanceUseCase.class);
        this.topUp = b.topUp != null ? b.topUp : missing(TopUpUseCase.class);
        this.listTransactions = b.listTransactions != null ? b.listTransactions : missing(ListTransactionsUseCase.class);
        this.getAutoTopUp = b.getAutoTopUp != null ? b.getAutoTopUp : missing(GetAutoTopUpUseCase.class);
        this.setAutoTopUp = b.setAutoTopUp != null ? b.setAutoTopUp : missing(SetAutoTopUpUseCase.class);
        this.grantCredits = b.grantCredits != null ? b.grantCredits : missing(GrantCreditsUseCase.class);
        this.createApiKey = b.createApiKey != null ? b.createApiKey : missing(CreateApiKeyUseCase.class);
        this.listApiKeys = b.listApiKeys != null ? b.listApiKeys : missing(ListApiKeysUseCase.class);
        this.revokeApiKey = b.revokeApiKey != null ? b.revokeApiKey : missing(RevokeApiKeyUseCase.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    public GetOrCreateUserUseCase getOrCreateUser() {
        return getOrCreateUser;
    }

    public GetUserUseCase getUser() {
        return getUser;
    }

    public UpdateProfileUseCase updateProfile() {
        return updateProfile;
    }

    public UpdatePreferencesUseCase updatePreferences() {
        return updatePreferences;
    }

    public ListBlocksUseCase listBlocks() {
        return listBlocks;
    }

    public CreateGraphUseCase createGraph() {
        return createGraph;
    }

    public ListGraphsUseCase listGraphs() {
        return listGraphs;
    }

    public GetGraphUseCase getGraph() {
        return getGraph;
    }

    public GetGraphVersionUseCase getGraphVersion() {
        return getGraphVersion;
    }

    public ListGraphVersionsUseCase listGraphVersions() {
        return listGraphVersions;
    }

    public UpdateGraphUseCase updateGraph() {
        return updateGraph;
    }

    public SetActiveVersionUseCase setActiveVersion() {
        return setActiveVersion;
    }

    public DeleteGraphUseCase deleteGraph() {
        return deleteGraph;
    }

    public StartExecutionUseCase startExecution() {
        return startExecution;
    }

    public ListExecutionsUseCase listExecutions() {
        return listExecutions;
    }

    public GetExecutionUseCase getExecution() {
        return getExecution;
    }

    public TransitionExecutionUseCase transitionExecution() {
        return transitionExecution;
    }

    public CancelExecutionUseCase cancelExecution() {
        return cancelExecution;
    }

    public AddNodeExecutionUseCase addNodeExecution() {
        return addNodeExecution;
    }

    public TransitionNodeExecutionUseCase transitionNodeExecution() {
        return transitionNodeExecution;
    }

    public SubmitToStoreUseCase submitToStore() {
        return submitToStore;
    }

    public ListMySubmissionsUseCase listMySubmissions() {
        return listMySubmissions;
    }

    public ListSubmissionsForReviewUseCase listSubmissionsForReview() {
        return listSubmissionsForReview;
    }

    public ReviewSubmissionUseCase reviewSubmission() {
        return reviewSubmission;
    }

    public EditSubmissionUseCase editSubmission() {
        return editSubmission;
    }

    public DeleteSubmissionUseCase deleteSubmission() {
        return deleteSubmission;
    }

    public SearchListingsUseCase searchListings() {
        return searchListings;
    }

    public GetListingUseCase getListing() {
        return getListing;
    }

    public ReviewListingUseCase reviewListing() {
        return reviewListing;
    }

    public Optional<AuthenticateApiKeyUseCase> authenticateApiKey() {
        return authenticateApiKey;
    }

    public GetBalanceUseCase getBalance() {
        return getBalance;
    }

    public TopUpUseCase topUp() {
        return topUp;
    }

    public ListTransactionsUseCase listTransactions() {
        return listTransactions;
    }

    public GetAutoTopUpUseCase getAutoTopUp() {
        return getAutoTopUp;
    }

    public SetAutoTopUpUseCase setAutoTopUp() {
        return setAutoTopUp;
    }

    public GrantCreditsUseCase grantCredits() {
        return grantCredits;
    }

    public CreateApiKeyUseCase createApiKey() {
        return createApiKey;
    }

    public ListApiKeysUseCase listApiKeys() {
        return listApiKeys;
    }

    public RevokeApiKeyUseCase revokeApiKey() {
        return revokeApiKey;
    }

    private static <T> T missing(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "missing " + port.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            throw new IllegalStateException(port.getSimpleName() + " is not wired");
        }));
    }

    /** Collects the use cases; every setter returns the builder. */
    public static final class Builder {
        private GetOrCreateUserUseCase getOrCreateUser;
        private GetUserUseCase getUser;
        private UpdateProfileUseCase updateProfile;
        private UpdatePreferencesUseCase updatePreferences;
        private ListBlocksUseCase listBlocks;
        private CreateGraphUseCase createGraph;
        private ListGraphsUseCase listGraphs;
        private GetGraphUseCase getGraph;
        private GetGraphVersionUseCase getGraphVersion;
        private ListGraphVersionsUseCase listGraphVersions;
        private UpdateGraphUseCase updateGraph;
        private SetActiveVersionUseCase setActiveVersion;
        private DeleteGraphUseCase deleteGraph;
        private StartExecutionUseCase startExecution;
        private ListExecutionsUseCase listExecutions;
        private GetExecutionUseCase getExecution;
        private TransitionExecutionUseCase transitionExecution;
        private CancelExecutionUseCase cancelExecution;
        private AddNodeExecutionUseCase addNodeExecution;
        private TransitionNodeExecutionUseCase transitionNodeExecution;
        private SubmitToStoreUseCase submitToStore;
        private ListMySubmissionsUseCase listMySubmissions;
        private ListSubmissionsForReviewUseCase listSubmissionsForReview;
        private ReviewSubmissionUseCase reviewSubmission;
        private EditSubmissionUseCase editSubmission;
        private DeleteSubmissionUseCase deleteSubmission;
        private SearchListingsUseCase searchListings;
        private GetListingUseCase getListing;
        private ReviewListingUseCase reviewListing;
        private AuthenticateApiKeyUseCase authenticateApiKey;
        private GetBalanceUseCase getBalance;
        private TopUpUseCase topUp;
        private ListTransactionsUseCase listTransactions;
        private GetAutoTopUpUseCase getAutoTopUp;
        private SetAutoTopUpUseCase setAutoTopUp;
        private GrantCreditsUseCase grantCredits;
        private CreateApiKeyUseCase createApiKey;
        private ListApiKeysUseCase listApiKeys;
        private RevokeApiKeyUseCase revokeApiKey;

        private Builder() {
        }

        public Builder getOrCreateUser(GetOrCreateUserUseCase value) {
            this.getOrCreateUser = value;
            return this;
        }

        public Builder getUser(GetUserUseCase value) {
            this.getUser = value;
            return this;
        }

        public Builder updateProfile(UpdateProfileUseCase value) {
            this.updateProfile = value;
            return this;
        }

        public Builder updatePreferences(UpdatePreferencesUseCase value) {
            this.updatePreferences = value;
            return this;
        }

        public Builder listBlocks(ListBlocksUseCase value) {
            this.listBlocks = value;
            return this;
        }

        public Builder createGraph(CreateGraphUseCase value) {
            this.createGraph = value;
            return this;
        }

        public Builder listGraphs(ListGraphsUseCase value) {
            this.listGraphs = value;
            return this;
        }

        public Builder getGraph(GetGraphUseCase value) {
            this.getGraph = value;
            return this;
        }

        public Builder getGraphVersion(GetGraphVersionUseCase value) {
            this.getGraphVersion = value;
            return this;
        }

        public Builder listGraphVersions(ListGraphVersionsUseCase value) {
            this.listGraphVersions = value;
            return this;
        }

        public Builder updateGraph(UpdateGraphUseCase value) {
            this.updateGraph = value;
            return this;
        }

        public Builder setActiveVersion(SetActiveVersionUseCase value) {
            this.setActiveVersion = value;
            return this;
        }

        public Builder deleteGraph(DeleteGraphUseCase value) {
            this.deleteGraph = value;
            return this;
        }

        public Builder startExecution(StartExecutionUseCase value) {
            this.startExecution = value;
            return this;
        }

        public Builder listExecutions(ListExecutionsUseCase value) {
            this.listExecutions = value;
            return this;
        }

        public Builder getExecution(GetExecutionUseCase value) {
            this.getExecution = value;
            return this;
        }

        public Builder transitionExecution(TransitionExecutionUseCase value) {
            this.transitionExecution = value;
            return this;
        }

        public Builder cancelExecution(CancelExecutionUseCase value) {
            this.cancelExecution = value;
            return this;
        }

        public Builder addNodeExecution(AddNodeExecutionUseCase value) {
            this.addNodeExecution = value;
            return this;
        }

        public Builder transitionNodeExecution(TransitionNodeExecutionUseCase value) {
            this.transitionNodeExecution = value;
            return this;
        }

        public Builder submitToStore(SubmitToStoreUseCase value) {
            this.submitToStore = value;
            return this;
        }

        public Builder listMySubmissions(ListMySubmissionsUseCase value) {
            this.listMySubmissions = value;
            return this;
        }

        public Builder listSubmissionsForReview(ListSubmissionsForReviewUseCase value) {
            this.listSubmissionsForReview = value;
            return this;
        }

        public Builder reviewSubmission(ReviewSubmissionUseCase value) {
            this.reviewSubmission = value;
            return this;
        }

        public Builder editSubmission(EditSubmissionUseCase value) {
            this.editSubmission = value;
            return this;
        }

        public Builder deleteSubmission(DeleteSubmissionUseCase value) {
            this.deleteSubmission = value;
            return this;
        }

        public Builder searchListings(SearchListingsUseCase value) {
            this.searchListings = value;
            return this;
        }

        public Builder getListing(GetListingUseCase value) {
            this.getListing = value;
            return this;
        }

        public Builder reviewListing(ReviewListingUseCase value) {
            this.reviewListing = value;
            return this;
        }

        public Builder authenticateApiKey(AuthenticateApiKeyUseCase value) {
            this.authenticateApiKey = value;
            return this;
        }

        public Builder getBalance(GetBalanceUseCase value) {
            this.getBalance = value;
            return this;
        }

        public Builder topUp(TopUpUseCase value) {
            this.topUp = value;
            return this;
        }

        public Builder listTransactions(ListTransactionsUseCase value) {
            this.listTransactions = value;
            return this;
        }

        public Builder getAutoTopUp(GetAutoTopUpUseCase value) {
            this.getAutoTopUp = value;
            return this;
        }

        public Builder setAutoTopUp(SetAutoTopUpUseCase value) {
            this.setAutoTopUp = value;
            return this;
        }

        public Builder grantCredits(GrantCreditsUseCase value) {
            this.grantCredits = value;
            return this;
        }

        public Builder createApiKey(CreateApiKeyUseCase value) {
            this.createApiKey = value;
            return this;
        }

        public Builder listApiKeys(ListApiKeysUseCase value) {
            this.listApiKeys = value;
            return this;
        }

        public Builder revokeApiKey(RevokeApiKeyUseCase value) {
            this.revokeApiKey = value;
            return this;
        }

        public HttpUseCases build() {
            return new HttpUseCases(this);
        }
    }
}
