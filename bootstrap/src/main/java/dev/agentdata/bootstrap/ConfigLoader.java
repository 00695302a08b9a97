package dev.agentdata.bootstrap;

import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/** Builds the Helidon {@link Config}: the environment overrides over {@code application.yaml}. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static Config load(Map<String, String> environment) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentOverrides.from(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }
}
