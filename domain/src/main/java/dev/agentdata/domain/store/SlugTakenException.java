package dev.agentdata.domain.store;

import dev.agentdata.domain.common.ConflictException;

/** The slug belongs to another listing (another owner's, or the caller's listing of a different graph). */
public final class SlugTakenException extends ConflictException {
    private final String slug;

    public SlugTakenException(String slug) {
        super("slug '" + slug + "' is taken by another listing");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
