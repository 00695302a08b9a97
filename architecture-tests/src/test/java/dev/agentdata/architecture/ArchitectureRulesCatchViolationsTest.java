package dev.agentdata.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule, applied to the deliberately broken fixtures under {@code dev.agentdata.archfixture}, fails. */
class ArchitectureRulesCatchViolationsTest {
    private static final String FIXTURES = "dev.agentdata.archfixture";
    /** A world with a third storage adapter (sqlite) that no table of technologies declares. */
    private static final String UNDECLARED = FIXTURES + ".undeclared";
    private static JavaClasses fixtures;
    private static JavaClasses undeclared;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
        undeclared = new ClassFileImporter().importPackages(UNDECLARED);
    }

    private static void assertViolated(ArchRule rule, String... offenders) {
        assertThatThrownBy(() -> rule.check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated")
                .hasMessageNotContaining("failed to check any classes")
                .satisfies(e -> {
                    for (String offender : offenders) {
                        assertThat(e.getMessage()).contains(offender);
                    }
                });
    }

    private static EvaluationResult evaluate(ArchRule rule) {
        return rule.evaluate(fixtures);
    }

    @Test
    void fixtures_areImported() {
        assertThat(fixtures.contain(FIXTURES + ".domain.JdbcLeakingDomainClass")).isTrue();
        assertThat(fixtures.contain(FIXTURES + ".bootstrap.FixtureWiring")).isTrue();
    }

    @Test
    void domainUsingJavaxSqlOrTheApplication_isCaught() {
        assertViolated(ArchitectureRules.domainDependsOnlyOnJava(FIXTURES),
                "JdbcLeakingDomainClass", "javax.sql.DataSource", "ApplicationCallingDomainClass");
        assertThat(evaluate(ArchitectureRules.domainDependsOnlyOnJava(FIXTURES)).getFailureReport().toString())
                .doesNotContain("Class <" + FIXTURES + ".domain.GoodDomainValue>");
    }

    @Test
    void applicationUsingAnAdapter_isCaught() {
        assertViolated(ArchitectureRules.applicationDependsOnlyOnDomainAndJava(FIXTURES),
                "AdapterCallingService", "InMemoryThingRepository");
        assertThat(evaluate(ArchitectureRules.applicationDependsOnlyOnDomainAndJava(FIXTURES)).getFailureReport()
                .getDetails()).noneMatch(d -> d.contains("<" + FIXTURES + ".application.service.GoodService"));
    }

    @Test
    void postgresAdapterUsingTheMemoryAdapter_isCaught() {
        assertViolated(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES),
                "PostgresThingRepository", "InMemoryThingRepository");
        assertThat(evaluate(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES)).getFailureReport().getDetails())
                .allMatch(d -> d.contains("PostgresThingRepository"));
    }

    @Test
    void serviceUsingAnAdapter_isCaught_butBootstrapMayUseThem() {
        assertViolated(ArchitectureRules.onlyBootstrapDependsOnAdapters(FIXTURES), "AdapterCallingService");
        assertThat(evaluate(ArchitectureRules.onlyBootstrapDependsOnAdapters(FIXTURES)).getFailureReport().getDetails())
                .noneMatch(d -> d.contains("FixtureWiring"))
                .noneMatch(d -> d.contains("<" + FIXTURES + ".adapter.postgres"));
    }

    @Test
    void domainCallingTheApplication_isAModuleCycle() {
        assertViolated(ArchitectureRules.modulesAreFreeOfCycles(FIXTURES), "module domain", "module application");
    }

    @Test
    void cycleBetweenDomainFeaturePackages_isCaught() {
        assertViolated(ArchitectureRules.domainFeaturesAreFreeOfCycles(FIXTURES), "Alpha", "Beta");
    }

    @Test
    void cycleBetweenPortInAndService_isCaught() {
        assertViolated(ArchitectureRules.applicationPackagesAreFreeOfCycles(FIXTURES),
                "ServiceLeakingUseCase", "GoodService");
    }

    @Test
    void useCaseReferringToAService_isCaught() {
        assertViolated(ArchitectureRules.portInDoesNotDependOnService(FIXTURES), "ServiceLeakingUseCase");
        assertThat(evaluate(ArchitectureRules.portInDoesNotDependOnService(FIXTURES)).getFailureReport().getDetails())
                .noneMatch(d -> d.contains("GoodUseCase"));
    }

    @Test
    void memoryAdapterNotNamedInMemoryPlusPort_isCaught() {
        assertViolated(ArchitectureRules.repositoryAdaptersAreNamedTechnologyPlusPort(FIXTURES), "ThingStore");
        assertThat(evaluate(ArchitectureRules.repositoryAdaptersAreNamedTechnologyPlusPort(FIXTURES))
                .getFailureReport().getDetails()).hasSize(1);
    }

    @Test
    void adapterNoTableDeclares_isCheckedToo_forNameAndForOnePrefix() {
        ArchRule rule = ArchitectureRules.repositoryAdaptersAreNamedTechnologyPlusPort(UNDECLARED);

        assertThatThrownBy(() -> rule.check(undeclared)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GadgetTable implements [GadgetRepository] but is not named <Technology><Port>")
                .hasMessageContaining("adapter sqlite names its classes with 2 technology prefixes [Lite, Sqlite]");
        assertThat(rule.evaluate(undeclared).getFailureReport().getDetails()).hasSize(2)
                .noneMatch(d -> d.contains("FixedGadgetCatalog"));
    }

    @Test
    void servePathNamingAStorageAdapterClass_isCaught_butTheCliAndNonStoragePortsMay() {
        ArchRule rule = ArchitectureRules.servePathNamesNoStorageAdapter(UNDECLARED);

        assertThatThrownBy(() -> rule.check(undeclared)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ServeWiring").hasMessageContaining("SqliteGadgetRepository");
        assertThat(rule.evaluate(undeclared).getFailureReport().getDetails())
                .allMatch(d -> d.contains("ServeWiring"))
                .noneMatch(d -> d.contains("FixedGadgetCatalog"))
                .noneMatch(d -> d.contains("MigrateGadgets"));
    }

    @Test
    void testCodeNamingAnotherAdapter_isCaught_butBootstrapTestsMay() {
        JavaClasses testCode = new ClassFileImporter().importPackages(FIXTURES + ".testcode");
        ArchRule adapters = ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES + ".testcode");
        ArchRule onlyBootstrap = ArchitectureRules.onlyBootstrapDependsOnAdapters(FIXTURES + ".testcode");

        assertThatThrownBy(() -> adapters.check(testCode)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CacheTestNamingMemory").hasMessageContaining("MemoryThingStorage");
        assertThatThrownBy(() -> onlyBootstrap.check(testCode)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("UseCaseTestNamingMemory");
        assertThat(adapters.evaluate(testCode).getFailureReport().getDetails())
                .allMatch(d -> d.contains("CacheTestNamingMemory"));
        assertThat(onlyBootstrap.evaluate(testCode).getFailureReport().getDetails())
                .noneMatch(d -> d.contains("BootstrapTestWiringMemory"));
    }

    @Test
    void ruleMatchingNoClass_fails() {
        JavaClasses nothing = new ClassFileImporter().importPackages(FIXTURES + ".nothing");

        for (ArchRule rule : ArchitectureRules.all(FIXTURES)) {
            assertThatThrownBy(() -> rule.check(nothing)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void adapterOf_findsTheTechnologySegment() {
        assertThat(ArchitectureRules.adapterOf("r", "r.adapter.memory.graph")).contains("memory");
        assertThat(ArchitectureRules.adapterOf("r", "r.adapter.cache")).contains("cache");
        assertThat(ArchitectureRules.adapterOf("r", "r.application.port.out")).isEmpty();
        assertThat(ArchitectureRules.adapterOf("r", "r.adapterish")).isEmpty();
    }
}
