package dev.agentdata.adapter.postgres.ops;

import static dev.agentdata.application.port.out.storage.SettingFormat.TEXT;
import static dev.agentdata.application.port.out.storage.SettingFormat.WHOLE_NUMBER;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

/**
 * Backups of the Postgres storage: scheduled in {@code serve} every {@code intervalHours} (0: off), and the defaults of
 * the {@code backup} command: the folder, the retention in days (0 keeps all) and where {@code pg_dump} is.
 */
public record BackupSettings(int intervalHours, Path dir, int keepDays, Optional<Path> pgBinDir) {
    public static final Setting BACKUP_INTERVAL_HOURS = new Setting("BACKUP_INTERVAL_HOURS", "backup.interval-hours",
            "0", "scheduled `pg_dump` backups in `serve` every so many hours (`0`: off)", WHOLE_NUMBER);
    public static final Setting BACKUP_DIR = new Setting("BACKUP_DIR", "backup.dir", "./backups",
            "folder of the backups", TEXT);
    public static final Setting BACKUP_KEEP_DAYS = new Setting("BACKUP_KEEP_DAYS", "backup.keep-days", "30",
            "after each backup, older ones are deleted (`0` keeps every backup)", WHOLE_NUMBER);
    public static final Setting PG_BIN_DIR = new Setting("PG_BIN_DIR", "backup.pg-bin-dir", "",
            "folder of `pg_dump` and `pg_restore` (unset: the PATH)", TEXT);
    public static final List<Setting> SETTINGS = List.of(BACKUP_INTERVAL_HOURS, BACKUP_DIR, BACKUP_KEEP_DAYS,
            PG_BIN_DIR);

    public static BackupSettings from(StorageConfiguration configuration) throws InvalidSettingException {
        return new BackupSettings(configuration.number(BACKUP_INTERVAL_HOURS), Path.of(configuration.text(BACKUP_DIR)),
                configuration.number(BACKUP_KEEP_DAYS), configuration.optionalText(PG_BIN_DIR).map(Path::of));
    }

    public boolean scheduled() {
        return intervalHours > 0;
    }
}
