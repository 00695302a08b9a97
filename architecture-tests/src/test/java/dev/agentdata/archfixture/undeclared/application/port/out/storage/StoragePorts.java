package dev.agentdata.archfixture.undeclared.application.port.out.storage;

import dev.agentdata.archfixture.undeclared.application.port.out.GadgetLedger;
import dev.agentdata.archfixture.undeclared.application.port.out.GadgetRepository;

/** Fixture: the ports a storage yields. */
public record StoragePorts(GadgetRepository gadgets, GadgetLedger ledger) {
}
