package dev.agentdata.application.port.in.user;

import java.util.Map;
import java.util.UUID;

/** Profile fields to change; a null field stays as it is. */
public record UpdateProfileCommand(UUID userId, String email, String name, String timezone, String locale,
                                   Map<String, Object> metadata) {
}
