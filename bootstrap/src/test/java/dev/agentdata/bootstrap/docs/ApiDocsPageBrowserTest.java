package dev.agentdata.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API page in a real browser (headless Chromium through chromedriver): every operation of the document is
 * drawn, once per tag as Swagger UI does. Skipped, saying how to install them, where the two are missing.
 */
class ApiDocsPageBrowserTest {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Each drawn operation as "METHOD /path", in page order. */
    private static final String DRAWN_OPERATIONS = """
            return Array.from(document.querySelectorAll('.opblock')).map(b =>
                b.querySelector('.opblock-summary-method').textContent.trim() + ' '
                + b.querySelector('.opblock-summary-path').getAttribute('data-path'));""";
    private static DocsServer server;
    private static ChromeDriver browser;

    @TempDir
    static Path profile;

    private static Optional<Path> installed(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @BeforeAll
    static void start() {
        Optional<Path> chromium = installed("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driver = installed("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(), "API page browser test skipped: no headless Chromium"
                + " and chromedriver; install them with `apt-get install -y chromium chromium-driver` (.ci/run does)");
        server = DocsServer.start();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** "METHOD /path" once per tag of each operation (an untagged one is drawn once, under "default"). */
    private static List<String> expectedOperations() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : server.openApi().get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    int tags = Math.max(1, operation.path("tags").size());
                    for (int i = 0; i < tags; i++) {
                        expected.add(method.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnOperations() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(DRAWN_OPERATIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/"})
    void page_drawsEveryOperationOfTheDocument_oncePerTag(String page) throws Exception {
        List<String> expected = expectedOperations();

        browser.get(server.url(page));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> drawnOperations().size() >= expected.size());
        } catch (TimeoutException e) {
            throw new AssertionError("Swagger UI drew " + drawnOperations().size() + " of " + expected.size()
                    + " operations; the page says: " + browser.findElement(By.tagName("body")).getText(), e);
        }

        assertThat(browser.getTitle()).isEqualTo("agentdata API");
        assertThat(drawnOperations()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.findElements(By.cssSelector(".errors-wrapper .error-wrapper"))).isEmpty();
    }
}
