package dev.agentdata.application.port.in.user;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.user.NotificationType;

/** Preferences to change: a null max stays, switches absent from the map stay, present ones are set exactly. */
public record UpdatePreferencesCommand(UUID userId, Integer maxEmailsPerDay, Map<NotificationType, Boolean> switches) {
    public UpdatePreferencesCommand {
        switches = switches == null ? Map.of() : Map.copyOf(switches);
    }
}
