package dev.agentdata.application.port.out;

import java.util.UUID;

/** Source of new ids, so tests can make them predictable. */
public interface IdGenerator {
    UUID newId();
}
