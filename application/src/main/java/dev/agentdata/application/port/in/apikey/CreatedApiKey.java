package dev.agentdata.application.port.in.apikey;

import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeySecret;

/** A key just made, with its raw secret: the only moment the secret is known. */
public record CreatedApiKey(ApiKey key, ApiKeySecret secret) {
}
