package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.NeedsPgTools;

@NeedsPgTools
class PgRestoreTest {
    @TempDir
    Path dir;

    private final ScratchDatabases databases = new ScratchDatabases();
    private final PgRestore restore = new PgRestore(PgTools.onPath(), m -> { });

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    private Path backupOf(PgTarget source) {
        return new PgDumpBackup(PgTools.onPath(), Clock.systemUTC(), Duration.ofSeconds(5), m -> { })
                .backup(source, dir, 0).file();
    }

    @Test
    void givenNonEmptyDatabase_restore_refusesAndChangesNothing() {
        PgTarget source = databases.create();
        OpsFixtures.fill(source, 10);
        Path file = backupOf(source);
        PgTarget occupied = databases.create();
        ScratchDatabases.execute(occupied, "create table precious (x int)", "insert into precious values (42)");

        assertThatThrownBy(() -> restore.restore(file, occupied, false))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("precious")
                .hasMessageContaining("--force");
        assertThat(ScratchDatabases.snapshot(occupied)).containsOnlyKeys("precious");
    }

    @Test
    void givenNonEmptyDatabase_restoreWithForce_replacesTheDumpedTables() {
        PgTarget source = databases.create();
        OpsFixtures.fill(source, 10);
        Path file = backupOf(source);
        PgTarget target = databases.create();
        OpsFixtures.fill(target, 3);
        ScratchDatabases.execute(target, "delete from node_executions where cost > 7");

        restore.restore(file, target, true);

        assertThat(ScratchDatabases.snapshot(target)).isEqualTo(ScratchDatabases.snapshot(source));
    }

    @Test
    void givenCorruptFile_restore_failsAndLeavesTargetEmpty() throws IOException {
        PgTarget target = databases.create();
        Path file = Files.write(dir.resolve("agentdata_20260101_000000.dump"), new byte[] {'P', 'G', 'D', 'M', 'P', 1});

        assertThatThrownBy(() -> restore.restore(file, target, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("pg_restore into");
        assertThat(restore.existingTables(target)).isEmpty();
    }

    @Test
    void givenMissingFile_restore_failsClearly() {
        PgTarget target = databases.create();

        assertThatThrownBy(() -> restore.restore(dir.resolve("nope.dump"), target, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void givenUnreachableServer_restore_failsClearly() throws IOException {
        Path file = Files.createFile(dir.resolve("x.dump"));
        PgTarget nowhere = PgTarget.parse("postgresql://postgres@127.0.0.1:1/agentdata_ops_x", null, null);

        assertThatThrownBy(() -> restore.restore(file, nowhere, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("cannot connect");
    }
}
