package dev.agentdata.archfixture.undeclared.application.port.out;

/** Fixture: a storage port of the third adapter's world. */
public interface GadgetRepository {
    void save(String gadget);
}
