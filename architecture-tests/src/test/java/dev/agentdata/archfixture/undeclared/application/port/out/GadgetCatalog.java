package dev.agentdata.archfixture.undeclared.application.port.out;

import java.util.List;

/** Fixture: a port that is not storage (StoragePorts does not hold it). */
public interface GadgetCatalog {
    List<String> all();
}
