package dev.agentdata.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.NeedsPgTools;

@NeedsPgTools
class BackupRestoreCommandTest {
    @TempDir
    Path dir;

    private final OpsCli cli = new OpsCli();

    @AfterEach
    void drop() {
        cli.close();
    }

    @Test
    void givenDatabase_backupThenRestoreIntoEmpty_copiesRows() throws IOException {
        String source = cli.createDatabase();
        OpsCli.sql(source, "create table t (id int primary key, v text)",
                "insert into t select i, 'v' || i from generate_series(1, 500) i");
        String target = cli.createDatabase();

        OpsCli.Run backup = OpsCli.run(OpsCli.config(Map.of("db.url", source)), "backup", "--dir", dir.toString(),
                "--keep-days", "7");
        Path file = Path.of(backup.out().strip());
        OpsCli.Run restore = OpsCli.run(OpsCli.config(Map.of("db.url", target)), "restore", file.toString());

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(file.getFileName().toString()).matches("agentdata_\\d{8}_\\d{6}\\.dump");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(OpsCli.count(target, "select count(*) from t")).isEqualTo(500);
    }

    @Test
    void givenNonEmptyTarget_restore_refusesUnlessForced() {
        String source = cli.createDatabase();
        OpsCli.sql(source, "create table t (id int)", "insert into t values (1), (2)");
        String target = cli.createDatabase();
        OpsCli.sql(target, "create table t (id int)", "insert into t values (9)");
        String file = OpsCli.run(OpsCli.config(Map.of("db.url", source)), "backup", "--dir", dir.toString())
                .out().strip();

        OpsCli.Run refused = OpsCli.run(OpsCli.config(Map.of("db.url", target)), "restore", file);
        long rowsAfterRefusal = OpsCli.count(target, "select count(*) from t");
        OpsCli.Run forced = OpsCli.run(OpsCli.config(Map.of("db.url", target)), "restore", file, "--force");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("refusing to restore", "--force");
        assertThat(rowsAfterRefusal).isEqualTo(1);
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(OpsCli.count(target, "select count(*) from t")).isEqualTo(2);
    }

    @Test
    void givenWrongDatabase_backup_failsWithTheDatabaseExitCodeAndLeavesNoFile() throws IOException {
        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", OpsCli.SERVER + "agentdata_ops_missing")),
                "backup", "--dir", dir.toString());

        assertThat(run.exit()).as("the database cannot be used").isEqualTo(3);
        assertThat(run.err()).contains("agentdata backup: the database at", "does not exist");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void givenNoDatabaseUrl_backupAndRestore_useTheEmbeddedDatabaseInTheDataDir() throws IOException {
        var embedded = OpsCli.config(Map.of("db.data-dir", dir.resolve("pgdata").toString()));
        OpsCli.Run migrate = OpsCli.run(embedded, "migrate");

        OpsCli.Run backup = OpsCli.run(embedded, "backup", "--dir", dir.resolve("bk").toString());
        OpsCli.Run refused = OpsCli.run(embedded, "restore", backup.out().strip());

        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(Path.of(backup.out().strip())).exists().isNotEmptyFile();
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("refusing to restore", "graph_executions");
    }

    @Test
    void givenMemoryStorage_backup_explainsThereIsNoDatabase() {
        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("storage.kind", "memory")), "backup", "--dir",
                dir.toString());

        assertThat(run.exit()).as("a setting the command cannot use").isEqualTo(2);
        assertThat(run.err()).contains("STORAGE is memory");
    }

    @Test
    void givenMissingFile_restore_failsWithExitOne() {
        String target = cli.createDatabase();

        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", target)), "restore",
                dir.resolve("nope.dump").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
    }
}
