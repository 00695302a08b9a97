package dev.agentdata.application.port.in.user;

import dev.agentdata.domain.user.NotificationPreferences;

/** Changes notification preferences and returns all of them. */
public interface UpdatePreferencesUseCase {
    NotificationPreferences updatePreferences(UpdatePreferencesCommand command);
}
