package dev.agentdata.application.port.in.apikey;

import java.util.Set;

import dev.agentdata.domain.apikey.ApiKeyPermission;

/** A new key named {@code name} (1 to 100 characters) with these permissions. */
public record CreateApiKeyCommand(String name, Set<ApiKeyPermission> permissions) {
}
