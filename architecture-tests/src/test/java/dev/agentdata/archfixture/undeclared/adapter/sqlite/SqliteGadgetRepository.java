package dev.agentdata.archfixture.undeclared.adapter.sqlite;

import dev.agentdata.archfixture.undeclared.application.port.out.GadgetRepository;

/** Fixture: named technology + port. */
public final class SqliteGadgetRepository implements GadgetRepository {
    @Override
    public void save(String gadget) {
    }
}
