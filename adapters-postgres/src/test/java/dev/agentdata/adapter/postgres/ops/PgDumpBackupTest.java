package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.NeedsPgTools;

@NeedsPgTools
class PgDumpBackupTest {
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    @TempDir
    Path dir;
    @TempDir
    Path bin;

    private final ScratchDatabases databases = new ScratchDatabases();
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    private PgDumpBackup backup(PgTools tools) {
        return new PgDumpBackup(tools, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(50), progress::add);
    }

    @Test
    void givenFilledDatabase_backupAndRestoreIntoFreshDatabase_everyTableMatches() {
        PgTarget source = databases.create();
        OpsFixtures.fill(source, 20_000);
        PgTarget fresh = databases.create();

        BackupResult result = backup(PgTools.onPath()).backup(source, dir, 30);
        new PgRestore(PgTools.onPath(), progress::add).restore(result.file(), fresh, false);

        assertThat(result.file().getFileName().toString()).isEqualTo("agentdata_20260304_050607.dump");
        assertThat(result.bytes()).isPositive();
        assertThat(ScratchDatabases.snapshot(fresh)).isEqualTo(ScratchDatabases.snapshot(source))
                .containsKeys("users", "graphs", "graph_executions", "node_executions");
        assertThat(ScratchDatabases.snapshot(fresh).get("node_executions")).hasSize(20_000);
        assertThat(files()).containsExactly(result.file());
    }

    @Test
    void givenWrongDatabaseName_backup_failsClearlyAndLeavesNoFile() {
        PgTarget missing = ScratchDatabases.server()
                .withDatabase("agentdata_ops_does_not_exist");

        assertThatThrownBy(() -> backup(PgTools.onPath()).backup(missing, dir, 30))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("pg_dump of")
                .hasMessageContaining("agentdata_ops_does_not_exist\" does not exist");
        assertThat(files()).isEmpty();
    }

    @Test
    void givenNoPgDump_backup_failsClearlyAndLeavesNoFile() {
        PgTarget source = databases.create();

        assertThatThrownBy(() -> backup(new PgTools(Optional.of(bin))).backup(source, dir, 30))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("pg_dump could not be started")
                .hasMessageContaining("pg-bin-dir");
        assertThat(files()).isEmpty();
    }

    @Test
    void givenDiskFullMidway_backup_failsWithTheToolsErrorAndLeavesNoFile() throws IOException {
        script("pg_dump", """
                for a in "$@"; do case "$a" in --file=*) f="${a#--file=}";; esac; done
                head -c 100000 /dev/urandom > "$f"
                echo 'pg_dump: error: could not write to output file: No space left on device' >&2
                exit 1
                """);
        PgTarget source = databases.create();

        assertThatThrownBy(() -> backup(new PgTools(Optional.of(bin))).backup(source, dir, 30))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("No space left on device");
        assertThat(files()).isEmpty();
    }

    @Test
    void givenDumpThatExitsZeroButIsCorrupt_backup_failsVerificationAndLeavesNoFile() throws IOException {
        script("pg_dump", """
                for a in "$@"; do case "$a" in --file=*) f="${a#--file=}";; esac; done
                head -c 5000 /dev/urandom > "$f"
                """);
        Files.createSymbolicLink(bin.resolve("pg_restore"), Path.of("/usr/bin/pg_restore"));
        PgTarget source = databases.create();

        assertThatThrownBy(() -> backup(new PgTools(Optional.of(bin))).backup(source, dir, 30))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("failed verification");
        assertThat(files()).isEmpty();
    }

    @Test
    void givenPasswordInUrl_backup_passesItByEnvironmentNotArguments() throws IOException {
        Path seen = dir.resolveSibling(dir.getFileName() + "-seen.txt");
        script("pg_dump", "echo \"args: $*\" > " + seen + "\necho \"env: $PGPASSWORD\" >> " + seen + "\nexit 3\n");
        PgTarget target = PgTarget.parse("postgresql://app:hunter2@127.0.0.1:1/x", null, null);

        assertThatThrownBy(() -> backup(new PgTools(Optional.of(bin))).backup(target, dir, 30))
                .isInstanceOf(BackupException.class).hasMessageContaining("exit 3");
        List<String> lines = Files.readAllLines(seen);
        assertThat(lines.get(0)).doesNotContain("hunter2").contains("--format=custom", "--compress=9");
        assertThat(lines.get(1)).isEqualTo("env: hunter2");
        Files.delete(seen);
    }

    @Test
    void givenSlowDump_backup_reportsProgress() throws IOException {
        script("pg_dump", "sleep 0.4\nexec /usr/bin/pg_dump \"$@\"\n");
        Files.createSymbolicLink(bin.resolve("pg_restore"), Path.of("/usr/bin/pg_restore"));
        PgTarget source = databases.create();
        OpsFixtures.fill(source, 10);

        backup(new PgTools(Optional.of(bin))).backup(source, dir, 30);

        assertThat(progress).anyMatch(p -> p.startsWith("pg_dump ") && p.contains("bytes written"));
    }

    @Test
    void givenBackupsOlderThanRetention_backup_prunesOnlyThose() throws IOException {
        Path old = Files.createFile(dir.resolve("agentdata_20260201_000000.dump"));
        Path kept = Files.createFile(dir.resolve("agentdata_20260203_050608.dump"));
        Path unrelated = Files.createFile(dir.resolve("notes_20200101_000000.dump"));
        PgTarget source = databases.create();

        BackupResult result = backup(PgTools.onPath()).backup(source, dir, 30);

        assertThat(result.pruned()).containsExactly(old);
        assertThat(files()).containsExactlyInAnyOrder(kept, unrelated, result.file());
    }

    @Test
    void givenKeepDaysZero_prune_keepsEverything() throws IOException {
        Path ancient = Files.createFile(dir.resolve("agentdata_20000101_000000.dump"));

        assertThat(backup(PgTools.onPath()).prune(dir, 0, NOW)).isEmpty();
        assertThat(ancient).exists();
    }

    @Test
    void givenBackupOfTheSameSecond_backup_refusesAndKeepsTheExistingFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("agentdata_20260304_050607.dump"), "earlier backup");
        PgTarget source = databases.create();

        assertThatThrownBy(() -> backup(PgTools.onPath()).backup(source, dir, 30))
                .isInstanceOf(BackupException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("earlier backup");
        assertThat(files()).containsExactly(existing);
    }

    @Test
    void givenPartialFileOfAKilledBackup_prune_removesItOnceStale() throws IOException {
        Path stale = Files.createFile(dir.resolve(".agentdata_20260301_000000.dump.123.partial"));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(NOW.minus(Duration.ofDays(2))));
        Path running = Files.createFile(dir.resolve(".agentdata_20260304_050000.dump.456.partial"));
        Files.setLastModifiedTime(running, java.nio.file.attribute.FileTime.from(NOW.minusSeconds(60)));

        backup(PgTools.onPath()).prune(dir, 30, NOW);

        assertThat(files()).containsExactly(running);
    }

    private void script(String name, String body) throws IOException {
        Path f = bin.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
