package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tour of docs/api.md, pasted into bash as one block against the built jar: every step answers with the
 * status below, nothing is left in the repository, the server is stopped, and README shows the same steps.
 */
class DocsTourIT {
    private static final String TOUR_MARKER = "<!-- tour:";
    private static final String README_MARKER = "<!-- tour output:";
    private static final Pattern STEP = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) (\\S+) -> (\\d{3})$");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Every step of the tour, ids in paths shown as {id}. */
    private static final List<String> STEPS = List.of(
            "GET /api/v1/me -> 200",
            "GET /api/v1/blocks -> 200",
            "POST /api/v1/graphs -> 201",
            "POST /api/v1/graphs/{id}/executions -> 201",
            "POST /api/v1/executions/{id}/status -> 200",
            "POST /api/v1/executions/{id}/status -> 200",
            "POST /api/v1/executions/{id}/status -> 409",
            "POST /api/v1/graphs -> 422",
            "GET /api/v1/graphs?limit=5 -> 200",
            "POST /api/v1/credits/top-up -> 201",
            "POST /api/v1/credits/top-up -> 200",
            "GET /api/v1/credits -> 200",
            "POST /api/v1/api-keys -> 201",
            "GET /api/v1/executions?limit=1 -> 200",
            "GET /api/v1/credits -> 403");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One step as printed: "METHOD path -> status" with ids as {id}, and the answer printed after it. */
    private record Step(String line, JsonNode answer) {
    }

    /** The first fenced block after {@code marker} in {@code file}. */
    private static String blockAfter(Path file, String marker) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(marker);
        assertThat(at).as("%s has %s", file, marker).isNotNegative();
        int start = text.indexOf('\n', text.indexOf("```", at)) + 1;
        return text.substring(start, text.indexOf("\n```", start) + 1);
    }

    private static String normalized(String line) {
        return ID.matcher(line).replaceAll("{id}");
    }

    private static List<Step> steps(String output) throws IOException {
        List<Step> steps = new ArrayList<>();
        List<String> lines = output.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = STEP.matcher(lines.get(i));
            if (m.matches()) {
                boolean answered = i + 1 < lines.size() && !STEP.matcher(lines.get(i + 1)).matches();
                steps.add(new Step(normalized(lines.get(i)), answered ? JSON.readTree(lines.get(i + 1)) : null));
            }
        }
        return steps;
    }

    private static boolean installed(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void tour_pastedIntoBash_answersEveryStepAsDocumented_andLeavesNothingBehind() throws IOException {
        assumeTrue(installed("curl") && installed("jq"), "the tour needs curl and jq: apt-get install -y curl jq");
        Path root = ShellCommand.repositoryRoot();
        Path tour = Files.writeString(dir.resolve("tour.sh"), blockAfter(root.resolve("docs/api.md"), TOUR_MARKER));
        List<String> before;
        try (Stream<Path> files = Files.list(root)) {
            before = files.map(Path::toString).sorted().toList();
        }
        int port = freePort();

        JarProcess.Result result = ShellCommand.run("docs-tour", Map.of("SERVER_PORT", Integer.toString(port)),
                Duration.ofMinutes(3), tour, "bash", "-s");

        String output = result.output();
        assertThat(output).as(output).contains("ready on http://127.0.0.1:" + port);
        List<Step> steps = steps(output);
        assertThat(steps).extracting(Step::line).as(output).containsExactlyElementsOf(STEPS);
        assertThat(steps.get(0).answer().get("name").asText()).isEqualTo("Ada");
        assertThat(steps.get(1).answer().toString()).contains("Agent Input", "Agent Output");
        assertThat(steps.get(5).answer().get("outputs").get("out").asText()).isEqualTo("hello");
        assertThat(steps.get(7).answer().get("errors")).hasSize(2);
        assertThat(steps.get(8).answer().at("/items/0/name").asText()).isEqualTo("Echo");
        assertThat(steps.get(10).answer().get("id")).isEqualTo(steps.get(9).answer().get("id"));
        assertThat(steps.get(11).answer().get("balance").asLong()).isEqualTo(500);
        assertThat(steps.get(13).answer().get("items")).hasSize(1);
        assertThat(result.exitCode()).as(output).isZero();
        assertThat(listening(port)).as("the tour stopped its server").isFalse();
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(Path::toString).sorted().toList()).as("the repository root").isEqualTo(before);
        }
    }

    @Test
    void readme_showsTheSameSteps() throws IOException {
        String recorded = blockAfter(ShellCommand.repositoryRoot().resolve("README.md"), README_MARKER);

        assertThat(recorded.lines().filter(l -> STEP.matcher(l).matches()).map(DocsTourIT::normalized).toList())
                .containsExactlyElementsOf(STEPS);
    }
}
