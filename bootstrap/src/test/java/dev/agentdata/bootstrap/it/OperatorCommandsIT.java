package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.bootstrap.Main;

/**
 * The operator commands as an operator runs them, on the embedded database: the result on stdout and nothing else
 * (no zonky, Flyway or postmaster records unless {@code --verbose}, and then one line per record), and a command
 * that meets a running server says what to do in one line.
 */
class OperatorCommandsIT {
    private static final Duration BOUND = Duration.ofSeconds(90);
    /** How logging.properties starts a record: its timestamp. */
    private static final String RECORD = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*";

    @TempDir
    Path dir;

    private JarCommand run(String name, Path dataDir, String... args) {
        return JarCommand.run(name, Map.of("DATA_DIR", dataDir.toString()), BOUND, args);
    }

    @Test
    void migrateAndPrune_printTheirResultOnly_verboseBringsTheInfoRecordsBack_oneLineEach() {
        Path data = dir.resolve("pg");

        JarCommand migrate = run("ops-migrate", data, "migrate");
        JarCommand info = run("ops-migrate-info", data, "migrate", "--info");
        JarCommand prune = run("ops-prune", data, "prune", "--older-than", "14d");
        JarCommand verbose = run("ops-migrate-verbose", data, "migrate", "--verbose");

        assertThat(migrate.exitCode()).as(migrate.printed()).isZero();
        assertThat(migrate.out()).as(migrate.printed()).singleElement().asString()
                .matches("applied \\d+ migration\\(s\\)");
        assertThat(migrate.err()).as(migrate.printed()).isEmpty();
        assertThat(info.exitCode()).as(info.printed()).isZero();
        assertThat(info.out()).as(info.printed()).first().asString().startsWith("VERSION");
        assertThat(info.out()).last().isEqualTo("0 pending");
        assertThat(info.err()).as(info.printed()).isEmpty();
        assertThat(prune.exitCode()).as(prune.printed()).isZero();
        assertThat(prune.out()).as(prune.printed())
                .containsExactly("pruned 0 executions and 0 node executions that ended more than 14d ago");
        assertThat(prune.err()).as(prune.printed()).isEmpty();
        assertThat(verbose.exitCode()).as(verbose.printed()).isZero();
        assertThat(verbose.out()).containsExactly("schema is up to date");
        assertThat(verbose.err()).as(verbose.printed()).hasSizeGreaterThan(5)
                .anySatisfy(l -> assertThat(l).contains("org.flywaydb"))
                .anySatisfy(l -> assertThat(l).contains("io.zonky"))
                .allSatisfy(l -> assertThat(l).matches(RECORD));
    }

    @Test
    void backupAndRestore_printTheFileAndTheirOwnSummaryOnly() {
        assumeTrue(TestDatabase.hasPgTools(), "pg_dump and pg_restore are not on the PATH");
        Path source = dir.resolve("source");
        run("ops-backup-migrate", source, "migrate");

        JarCommand backup = run("ops-backup", source, "backup", "--dir", dir.resolve("backups").toString());
        JarCommand restore = run("ops-restore", source, "restore", backup.out().getFirst(), "--force");

        assertThat(backup.exitCode()).as(backup.printed()).isZero();
        assertThat(backup.out()).as(backup.printed()).singleElement().asString().endsWith(".dump");
        assertThat(backup.err()).as(backup.printed()).singleElement().asString().startsWith("backup ")
                .contains(" written: ");
        assertThat(restore.exitCode()).as(restore.printed()).isZero();
        assertThat(restore.out()).as(restore.printed()).singleElement().asString().startsWith("restored ");
        assertThat(restore.err()).as(restore.printed()).allSatisfy(l -> assertThat(l).startsWith("restor"))
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void whileServeRunsOnTheDataDirectory_migrateInfo_saysWhatIsWrongAndWhatToDo_inOneLine() {
        Path data = dir.resolve("busy");
        Map<String, String> env = Map.of("DATA_DIR", data.toString(), "JWT_SECRET", Tour.SECRET);
        try (JarProcess serve = JarProcess.start("ops-busy-serve", env).awaitReady(BOUND)) {
            JarCommand info = run("ops-busy-migrate-info", data, "migrate", "--info");

            assertThat(info.exitCode()).as(info.printed()).isEqualTo(Main.STORAGE_ERROR);
            assertThat(info.out()).isEmpty();
            assertThat(info.err()).as(info.printed()).singleElement().asString()
                    .startsWith("agentdata migrate: the embedded database in " + data.toAbsolutePath().normalize()
                            + " is in use by another running agentdata process: stop it first")
                    .contains("DATABASE_URL")
                    .doesNotContain("Exception");
            serve.stop(Duration.ofSeconds(30));
        }
    }
}
