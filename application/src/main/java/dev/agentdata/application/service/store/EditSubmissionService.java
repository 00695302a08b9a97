package dev.agentdata.application.service.store;

import java.util.Objects;

import dev.agentdata.application.port.in.store.EditSubmissionCommand;
import dev.agentdata.application.port.in.store.EditSubmissionUseCase;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** Checks the given fields (422 before 404 and 409, as for a new submission), then edits the actor's pending submission. */
public final class EditSubmissionService implements EditSubmissionUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public EditSubmissionService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public StoreSubmission edit(UserContext actor, EditSubmissionCommand c) {
        ListingContent.requireValidPatch(c.name(), c.subHeading(), c.description(), c.categories());
        return tx.inTransaction(() -> {
            StoreSubmission current = OwnedSubmission.lock(store, actor, c.submissionId()).submission();
            ListingContent content = current.content().patched(current.slug(), c.name(), c.subHeading(),
                    c.description(), c.categories());
            StoreSubmission edited = current.edited(content);
            if (!content.equals(current.content())) {
                store.updateSubmissionContent(edited);
            }
            return edited;
        });
    }
}
