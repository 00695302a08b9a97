package dev.agentdata.archfixture.domain.cyclea;

import dev.agentdata.archfixture.domain.cycleb.Beta;

/** Fixture: one half of a cycle between two domain feature packages. */
public class Alpha {
    private Beta beta;

    public Beta beta() {
        return beta;
    }
}
