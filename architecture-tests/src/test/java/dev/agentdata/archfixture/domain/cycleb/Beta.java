package dev.agentdata.archfixture.domain.cycleb;

import dev.agentdata.archfixture.domain.cyclea.Alpha;

/** Fixture: the other half of a cycle between two domain feature packages. */
public class Beta {
    private Alpha alpha;

    public Alpha alpha() {
        return alpha;
    }
}
