package dev.agentdata.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import io.helidon.config.Config;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every usage error of every command, picocli's own included, is one line naming the command and the mistake,
 * pointing at the command's help, with exit code 2, before any database is touched.
 */
class UsageErrorsTest {
    /** Nothing answers here and nothing is waited for: a command that got past its checks would fail with 3. */
    private static final Config NO_DATABASE = OpsCli.config(Map.of("db.url", "postgresql://postgres@127.0.0.1:1/none",
            "db.startup-timeout", "0", "auth.jwt-secret", "usage-errors-secret-0123456789abcdefghij"));

    static Stream<String> mistakes() {
        return Stream.of(
                "prune",
                "prune --older-than 14",
                "prune --older-than 14x",
                "prune --older-than -3d",
                "prune --older-than 14d --batch-size 0",
                "prune --older-than 14d --batch-size many",
                "migrate --inf",
                "migrate extra",
                "backup --keep-days -1",
                "backup --keep-days x",
                "restore",
                "restore a.dump b.dump",
                "token --sub not-a-uuid --email a@b.io",
                "token --email a@b.io",
                "token --sub 3f1c1d2e-0000-4000-8000-000000000001 --email a@b.io --ttl forever",
                "serve --devv",
                "serve now",
                "servee",
                "--nope");
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aUsageError_isOneLine_exitCode2(String commandLine) {
        OpsCli.Run run = OpsCli.run(NO_DATABASE, commandLine.split(" "));

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("agentdata").endsWith(" --help`)" + System.lineSeparator()).hasLineCount(1)
                .doesNotContain("Exception", "\tat ");
    }
}
