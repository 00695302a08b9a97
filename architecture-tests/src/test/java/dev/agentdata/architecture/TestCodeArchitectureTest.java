package dev.agentdata.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter boundaries hold for TEST code too: no adapter module's tests name another adapter's classes, and no
 * test outside bootstrap (which wires everything) names an adapter of another module. Tests reach other storages
 * through the SPI instead ({@code FreshStorages}). The compiled tests of every sibling module are read from their
 * {@code target/test-classes}, which the reactor builds before this module.
 */
class TestCodeArchitectureTest {
    private static List<Path> testClassDirs;
    private static JavaClasses testClasses;

    @BeforeAll
    static void importTestClassesOfEveryModule() throws IOException {
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            testClassDirs = modules
                    .filter(m -> Files.isDirectory(m.resolve("src/test/java")))
                    .filter(m -> !m.getFileName().toString().equals("architecture-tests"))
                    .map(m -> m.resolve("target/test-classes"))
                    .sorted()
                    .toList();
        }
        assertThat(testClassDirs).as("modules with tests").hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(d -> assertThat(d).as("compiled tests (build through the reactor)").isDirectory());
        testClasses = new ClassFileImporter().importPaths(testClassDirs);
    }

    @Test
    void testClasses_ofAdaptersApplicationAndBootstrap_areImported() {
        assertThat(testClasses.contain("dev.agentdata.application.service.WiredServices")).isTrue();
        assertThat(testClasses.contain("dev.agentdata.adapter.http.ServiceWiring")).isTrue();
        assertThat(testClasses.contain("dev.agentdata.adapter.cache.contract.CachedMemoryStorage")).isTrue();
        assertThat(testClasses.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("dev.agentdata.archfixture"));
    }

    @Test
    void adapterTests_doNotNameAnotherAdapter() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(ArchitectureRules.ROOT).check(testClasses);
    }

    @Test
    void onlyBootstrapTests_nameAdapters() {
        ArchitectureRules.onlyBootstrapDependsOnAdapters(ArchitectureRules.ROOT).check(testClasses);
    }
}
