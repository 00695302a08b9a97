package dev.agentdata.archfixture.undeclared.bootstrap;

import dev.agentdata.archfixture.undeclared.adapter.sqlite.FixedGadgetCatalog;
import dev.agentdata.archfixture.undeclared.adapter.sqlite.SqliteGadgetRepository;
import dev.agentdata.archfixture.undeclared.application.port.out.GadgetCatalog;
import dev.agentdata.archfixture.undeclared.application.port.out.GadgetRepository;

/** Fixture violating "the serve path names no storage adapter class": it builds the sqlite repository itself. */
public final class ServeWiring {
    private ServeWiring() {
    }

    public static GadgetRepository gadgets() {
        return new SqliteGadgetRepository();
    }

    public static GadgetCatalog catalog() {
        return new FixedGadgetCatalog();
    }
}
