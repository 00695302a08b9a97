package dev.agentdata.archfixture.undeclared.application.port.out;

/** Fixture: a second storage port. */
public interface GadgetLedger {
    void append(String entry);
}
