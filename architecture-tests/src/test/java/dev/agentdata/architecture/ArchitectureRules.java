package dev.agentdata.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The module rules of ARCHITECTURE.md as factories over a root package, so the same rule checks the real code
 * ({@code dev.agentdata}) and the deliberately broken fixtures ({@code dev.agentdata.archfixture}).
 * Every rule's subject set is non-empty as soon as domain and application have classes (ArchUnit's default
 * that a rule matching no class fails is kept).
 */
public final class ArchitectureRules {
    public static final String ROOT = "dev.agentdata";

    /** Class name prefix of each adapter technology for classes implementing a repository-like port. */
    static final Map<String, String> TECHNOLOGY_PREFIX = Map.of(
            "memory", "InMemory", "postgres", "Postgres", "cache", "Caching");

    private ArchitectureRules() {
    }

    public static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("domain depends only on java.. (and itself)");
    }

    public static ArchRule applicationDependsOnlyOnDomainAndJava(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .as("application depends only on domain and java.. (and itself)");
    }

    /** Checked on every class so that it also holds (and does not fail as empty) before any adapter exists. */
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("depend on no adapter other than their own") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> own = adapterOf(root, item.getPackageName());
                        if (own.isEmpty()) {
                            return;
                        }
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            Optional<String> target = adapterOf(root, d.getTargetClass().getPackageName());
                            if (target.isPresent() && !target.equals(own)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .as("no adapter depends on another adapter");
    }

    public static ArchRule onlyBootstrapDependsOnAdapters(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".adapter..", root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .as("nothing but bootstrap (and the adapters themselves) depends on adapters");
    }

    public static ArchRule modulesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .as("no cycles between " + root + ".* modules");
    }

    public static ArchRule domainFeaturesAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .as("no cycles between domain feature packages");
    }

    public static ArchRule applicationPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".application.(**)").namingSlices("application.$1")
                .should().beFreeOfCycles()
                .as("no cycles between application packages");
    }

    public static ArchRule portInDoesNotDependOnService(String root) {
        return noClasses().that().resideInAPackage(root + "..port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + "..service..")
                .as("port.in does not depend on service");
    }

    /**
     * An adapter class implementing a {@code port.out} interface named {@code *Repository} or {@code *Ledger} is
     * named technology + port ({@code InMemoryGraphRepository}, {@code PostgresCreditLedger}); checked on every
     * class for the same reason as {@link #adaptersDoNotDependOnEachOther(String)}.
     */
    public static ArchRule repositoryAdaptersAreNamedTechnologyPlusPort(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("be named technology + port when implementing a repository port") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> prefix = adapterOf(root, item.getPackageName()).map(TECHNOLOGY_PREFIX::get);
                        if (prefix.isEmpty()) {
                            return;
                        }
                        List<String> ports = item.getAllRawInterfaces().stream()
                                .filter(i -> i.getPackageName().startsWith(root + ".application.port.out"))
                                .map(JavaClass::getSimpleName)
                                .filter(n -> n.endsWith("Repository") || n.endsWith("Ledger"))
                                .toList();
                        if (!ports.isEmpty() && ports.stream().noneMatch(p -> item.getSimpleName().equals(prefix.get() + p))) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " implements " + ports
                                    + " but is not named " + prefix.get() + "<Port>"));
                        }
                    }
                })
                .as("repository adapters are named technology + port");
    }

    public static List<ArchRule> all(String root) {
        return List.of(domainDependsOnlyOnJava(root), applicationDependsOnlyOnDomainAndJava(root),
                adaptersDoNotDependOnEachOther(root), onlyBootstrapDependsOnAdapters(root),
                modulesAreFreeOfCycles(root), domainFeaturesAreFreeOfCycles(root),
                applicationPackagesAreFreeOfCycles(root), portInDoesNotDependOnService(root),
                repositoryAdaptersAreNamedTechnologyPlusPort(root));
    }

    /** {@code memory} for {@code <root>.adapter.memory.graph}; empty outside the adapters. */
    static Optional<String> adapterOf(String root, String packageName) {
        String prefix = root + ".adapter.";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
