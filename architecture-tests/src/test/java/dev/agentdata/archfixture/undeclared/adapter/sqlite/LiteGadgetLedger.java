package dev.agentdata.archfixture.undeclared.adapter.sqlite;

import dev.agentdata.archfixture.undeclared.application.port.out.GadgetLedger;

/** Fixture violating the naming rule: a second technology prefix ("Lite") beside "Sqlite" in one adapter. */
public final class LiteGadgetLedger implements GadgetLedger {
    @Override
    public void append(String entry) {
    }
}
