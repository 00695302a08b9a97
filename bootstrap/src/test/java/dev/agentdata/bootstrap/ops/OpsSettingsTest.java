package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.StartupException;

class OpsSettingsTest {
    private static Config config(Map<String, String> values) {
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(values)).build();
    }

    @Test
    void givenNothingConfigured_defaults_sweepOnlyWithSixAndTwentyFourHours() {
        OpsSettings s = OpsSettings.from(config(Map.of()));

        assertThat(s.sweeperEnabled()).isTrue();
        assertThat(s.runningTimeout()).isEqualTo(Duration.ofHours(6));
        assertThat(s.queuedTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(s.sweepInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.pruneScheduled()).isFalse();
    }

    @Test
    void givenEveryKey_from_readsThem() {
        OpsSettings s = OpsSettings.from(config(Map.of("prune.older-than-days", "14", "prune.batch-size", "500", "executions.running-timeout", "2h",
                "executions.queued-timeout", "PT30M", "executions.sweeper-enabled", "false")));

        assertThat(s.pruneOlderThanDays()).isEqualTo(14);
        assertThat(s.pruneBatchSize()).isEqualTo(500);
        assertThat(s.runningTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(s.queuedTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.sweeperEnabled()).isFalse();
    }

    @Test
    void givenBadValues_from_namesTheKey() {
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("executions.running-timeout", "soon"))))
                .hasMessageContaining("executions.running-timeout");
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("prune.batch-size", "lots"))))
                .hasMessageContaining("prune.batch-size");
    }

    @Test
    void givenBadValue_from_isAOneLineStartupErrorNamingTheVariable() {
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("executions.sweep-interval", "x"))))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("EXECUTIONS_SWEEP_INTERVAL (executions.sweep-interval) must be a duration")
                .satisfies(e -> assertThat(((StartupException) e).exitCode()).isEqualTo(Main.CONFIG_ERROR));
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("prune.interval-hours", "0"))))
                .hasMessage("PRUNE_INTERVAL_HOURS (prune.interval-hours) must be at least 1, was 0");
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("executions.sweeper-enabled", "nope"))))
                .hasMessage("EXECUTIONS_SWEEPER_ENABLED (executions.sweeper-enabled) must be true or false, was 'nope'");
    }
}
