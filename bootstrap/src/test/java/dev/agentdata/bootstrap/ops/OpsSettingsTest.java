package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

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
        assertThat(s.backupScheduled()).isFalse();
        assertThat(s.pruneScheduled()).isFalse();
        assertThat(s.backupDir()).isEqualTo(Path.of("./backups"));
        assertThat(s.backupKeepDays()).isEqualTo(30);
    }

    @Test
    void givenEveryKey_from_readsThem() {
        OpsSettings s = OpsSettings.from(config(Map.of("backup.interval-hours", "12", "backup.dir", "/var/bk",
                "backup.keep-days", "7", "backup.pg-bin-dir", "/usr/lib/postgresql/16/bin",
                "prune.older-than-days", "14", "prune.batch-size", "500", "executions.running-timeout", "2h",
                "executions.queued-timeout", "PT30M", "executions.sweeper-enabled", "false")));

        assertThat(s.backupIntervalHours()).isEqualTo(12);
        assertThat(s.backupDir()).isEqualTo(Path.of("/var/bk"));
        assertThat(s.pgBinDir()).contains(Path.of("/usr/lib/postgresql/16/bin"));
        assertThat(s.pruneOlderThanDays()).isEqualTo(14);
        assertThat(s.pruneBatchSize()).isEqualTo(500);
        assertThat(s.runningTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(s.queuedTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.sweeperEnabled()).isFalse();
    }

    @Test
    void givenBadValues_from_namesTheKey() {
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("backup.keep-days", "-1"))))
                .hasMessageContaining("backup.keep-days");
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("executions.running-timeout", "soon"))))
                .hasMessageContaining("executions.running-timeout");
        assertThatThrownBy(() -> OpsSettings.from(config(Map.of("prune.batch-size", "lots"))))
                .hasMessageContaining("prune.batch-size");
    }
}
