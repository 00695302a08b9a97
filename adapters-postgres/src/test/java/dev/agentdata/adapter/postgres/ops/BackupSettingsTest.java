package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

class BackupSettingsTest {
    @Test
    void givenNothingConfigured_defaults_noScheduledBackupsThirtyDaysInBackups() throws Exception {
        BackupSettings s = BackupSettings.from(StorageConfiguration.of(Map.of()));

        assertThat(s.scheduled()).isFalse();
        assertThat(s.dir()).isEqualTo(Path.of("./backups"));
        assertThat(s.keepDays()).isEqualTo(30);
        assertThat(s.pgBinDir()).isEmpty();
    }

    @Test
    void givenEveryKey_from_readsThem() throws Exception {
        BackupSettings s = BackupSettings.from(StorageConfiguration.of(Map.of("backup.interval-hours", "12",
                "backup.dir", "/var/bk", "backup.keep-days", "7", "backup.pg-bin-dir", "/usr/lib/postgresql/16/bin")));

        assertThat(s.intervalHours()).isEqualTo(12);
        assertThat(s.scheduled()).isTrue();
        assertThat(s.dir()).isEqualTo(Path.of("/var/bk"));
        assertThat(s.keepDays()).isEqualTo(7);
        assertThat(s.pgBinDir()).contains(Path.of("/usr/lib/postgresql/16/bin"));
    }

    @Test
    void givenBadValues_from_namesTheVariableAndTheKey() {
        assertThatThrownBy(() -> BackupSettings.from(StorageConfiguration.of(Map.of("backup.keep-days", "-1"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BACKUP_KEEP_DAYS (backup.keep-days) must be at least 0, was -1");
        assertThatThrownBy(() -> BackupSettings.from(StorageConfiguration.of(Map.of("backup.interval-hours", "x"))))
                .hasMessage("BACKUP_INTERVAL_HOURS (backup.interval-hours) must be a whole number, was 'x'");
    }
}
