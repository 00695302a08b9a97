package dev.agentdata.adapter.http.apikey;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.apikey.CreateApiKeyCommand;
import dev.agentdata.domain.apikey.ApiKeyPermission;

/** Body of {@code POST /api-keys}: a name and permissions from the documented set (400 for any other). */
public record CreateApiKeyRequest(String name, List<String> permissions) {
    static final Set<String> NAMES = EnumSet.allOf(ApiKeyPermission.class).stream()
            .map(ApiKeyPermission::wireName).collect(Collectors.toUnmodifiableSet());

    CreateApiKeyCommand toCommand() {
        BadRequestCollector errors = new BadRequestCollector().required("name", name)
                .required("permissions", permissions);
        Set<ApiKeyPermission> parsed = EnumSet.noneOf(ApiKeyPermission.class);
        if (permissions != null) {
            for (int i = 0; i < permissions.size(); i++) {
                String p = permissions.get(i);
                Optional<ApiKeyPermission> known = ApiKeyPermission.fromWireName(p);
                if (known.isPresent()) {
                    parsed.add(known.get());
                } else if (p == null) {
                    errors.add("permissions[" + i + "]", "must not be null");
                } else {
                    errors.oneOf("permissions[" + i + "]", p, NAMES);
                }
            }
        }
        errors.check();
        return new CreateApiKeyCommand(name, parsed);
    }
}
