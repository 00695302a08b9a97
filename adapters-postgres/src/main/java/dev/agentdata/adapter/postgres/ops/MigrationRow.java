package dev.agentdata.adapter.postgres.ops;

import java.time.Instant;

/** One migration as {@code migrate --info} shows it; {@code installedOn} is null while pending. */
public record MigrationRow(String version, String description, String state, Instant installedOn) {
    public boolean pending() {
        return "Pending".equalsIgnoreCase(state);
    }
}
