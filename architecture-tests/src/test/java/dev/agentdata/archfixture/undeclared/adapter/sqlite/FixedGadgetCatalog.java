package dev.agentdata.archfixture.undeclared.adapter.sqlite;

import java.util.List;

import dev.agentdata.archfixture.undeclared.application.port.out.GadgetCatalog;

/** Fixture: what the adapter's module offers beside storage (like the static block catalog). */
public final class FixedGadgetCatalog implements GadgetCatalog {
    @Override
    public List<String> all() {
        return List.of("lamp");
    }
}
