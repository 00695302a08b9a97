package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.bootstrap.Main;

/** bin/agentdata as a user runs it: finds a Java 21+, says what to install when there is none, passes exit codes on. */
class LauncherIT {
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static JarProcess.Result launcher(String name, Map<String, String> env, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "bin/agentdata";
        System.arraycopy(args, 0, command, 1, args.length);
        return ShellCommand.run(name, env, TIMEOUT, command);
    }

    /** A PATH whose only java is {@code javaHome}'s, ahead of the system folders the launcher's own tools are in. */
    private Map<String, String> onlyJava(Path javaHome) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), javaHome.resolve("bin/java"));
        Path noJdks = Files.createDirectories(dir.resolve("no-jdks"));
        return Map.of("JAVA_HOME", javaHome.toString(), "PATH", bin + ":/usr/bin:/bin",
                "AGENTDATA_JDK_DIRS", noJdks.toString());
    }

    @Test
    void help_listsTheCommands() {
        JarProcess.Result result = launcher("launcher-help", Map.of(), "--help");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("serve", "token", "migrate", "backup", "restore", "prune");
    }

    @Test
    void onlyJava17_saysWhichVersionItFoundAndWhatToInstall() throws IOException {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "no Java 17 at " + JAVA_17);

        JarProcess.Result result = launcher("launcher-java17", onlyJava(JAVA_17), "--help");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(127);
        assertThat(result.output()).contains("needs Java 21 or newer",
                "found Java 17: " + JAVA_17.resolve("bin/java") + " (JAVA_HOME)", "(PATH)", "Install a JDK 21+",
                "export JAVA_HOME=");
        assertThat(result.output()).doesNotContain("UnsupportedClassVersionError", "Usage:");
    }

    @Test
    void java17First_butA21PlusInTheJdkFolders_runsOnThatOne() throws IOException {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "no Java 17 at " + JAVA_17);
        Path jdks = Files.createDirectories(dir.resolve("jdks"));
        Files.createSymbolicLink(jdks.resolve("some-jdk"), ShellCommand.javaHome());
        Map<String, String> env = new HashMap<>(onlyJava(JAVA_17));
        env.put("AGENTDATA_JDK_DIRS", dir.resolve("nothing-here") + ":" + jdks);

        JarProcess.Result result = launcher("launcher-jdk-dirs", env, "--help");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Usage: agentdata");
    }

    @Test
    void exitCode_ofTheCommand_passesThrough() {
        JarProcess.Result result = launcher("launcher-exit-code", Map.of("STORAGE", "memory"), "serve");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(result.output()).contains("JWT_SECRET is not set");
    }

    @Test
    void migrateInfo_ofTheOperationsGuide_runsThroughTheLauncher() {
        JarProcess.Result result = launcher("launcher-migrate-info",
                Map.of("DATA_DIR", dir.resolve("postgres").toString()), "migrate", "--info");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("VERSION", "STATE", "Pending");
    }

    @Test
    void jvmOptions_defaultTo256MegabytesOfHeap_andJavaOptsOverride() {
        JarProcess.Result defaults = launcher("launcher-default-heap", Map.of("AGENTDATA_JAVA_OPTS", "-XshowSettings:vm"),
                "--version");
        JarProcess.Result overridden = launcher("launcher-java-opts", Map.of("JAVA_OPTS", "-Xmx300m",
                "AGENTDATA_JAVA_OPTS", "-XshowSettings:vm"), "--version");

        assertThat(defaults.exitCode()).as(defaults.output()).isZero();
        assertThat(defaults.output()).containsPattern("Max\\. Heap Size.*: 256\\.00M");
        assertThat(overridden.output()).containsPattern("Max\\. Heap Size.*: 300\\.00M");
    }

    @Test
    void noJar_saysHowToBuildIt() {
        JarProcess.Result result = launcher("launcher-no-jar",
                Map.of("AGENTDATA_JAR", dir.resolve("missing.jar").toString()), "--help");

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.output()).contains("is not built yet", "./mvnw -B verify");
    }
}
