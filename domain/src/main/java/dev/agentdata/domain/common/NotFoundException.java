package dev.agentdata.domain.common;

/** A resource that does not exist, or that the caller may not see (the two are indistinguishable on purpose). */
public final class NotFoundException extends DomainException {
    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
