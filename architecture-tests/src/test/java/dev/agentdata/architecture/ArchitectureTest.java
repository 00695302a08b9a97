package dev.agentdata.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules hold for the production classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureRules.ROOT);
    }

    @Test
    void productionClasses_ofDomainAndApplication_areImportedWithoutTestFixtures() {
        assertThat(classes.contain("dev.agentdata.domain.graph.GraphValidator")).isTrue();
        assertThat(classes.contain("dev.agentdata.application.port.out.GraphRepository")).isTrue();
        assertThat(classes.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("dev.agentdata.archfixture"));
    }

    @Test
    void domain_dependsOnlyOnJava() {
        ArchitectureRules.domainDependsOnlyOnJava(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void application_dependsOnlyOnDomainAndJava() {
        ArchitectureRules.applicationDependsOnlyOnDomainAndJava(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void onlyBootstrap_dependsOnAdapters() {
        ArchitectureRules.onlyBootstrapDependsOnAdapters(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void modules_areFreeOfCycles() {
        ArchitectureRules.modulesAreFreeOfCycles(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void domainFeatures_areFreeOfCycles() {
        ArchitectureRules.domainFeaturesAreFreeOfCycles(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void applicationPackages_areFreeOfCycles() {
        ArchitectureRules.applicationPackagesAreFreeOfCycles(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void portIn_doesNotDependOnService() {
        ArchitectureRules.portInDoesNotDependOnService(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void repositoryAdapters_areNamedTechnologyPlusPort() {
        ArchitectureRules.repositoryAdaptersAreNamedTechnologyPlusPort(ArchitectureRules.ROOT).check(classes);
    }

    @Test
    void servePath_namesNoStorageAdapter() {
        ArchitectureRules.servePathNamesNoStorageAdapter(ArchitectureRules.ROOT).check(classes);
    }
}
