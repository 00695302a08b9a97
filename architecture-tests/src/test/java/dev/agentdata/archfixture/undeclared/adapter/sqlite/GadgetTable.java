package dev.agentdata.archfixture.undeclared.adapter.sqlite;

import dev.agentdata.archfixture.undeclared.application.port.out.GadgetRepository;

/** Fixture violating the naming rule in an adapter nobody declared: not technology + GadgetRepository. */
public final class GadgetTable implements GadgetRepository {
    @Override
    public void save(String gadget) {
    }
}
