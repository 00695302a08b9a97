package dev.agentdata.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
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
     * named technology + port ({@code InMemoryGraphRepository}, {@code PostgresCreditLedger}), and all such classes of
     * one adapter share one technology prefix. No table of technologies: every adapter package is checked, one
     * that nobody declared included. Checked on every class for the same reason as
     * {@link #adaptersDoNotDependOnEachOther(String)}.
     */
    public static ArchRule repositoryAdaptersAreNamedTechnologyPlusPort(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new AdapterNaming(root))
                .as("repository adapters are named technology + port, one technology prefix per adapter");
    }

    /**
     * The serve path names no storage adapter class: outside {@code bootstrap.cli} (the operator commands, which may
     * need one database), bootstrap reaches storage only through the {@code StorageProvider} SPI. A storage adapter
     * is one that ships a {@code StorageProvider}; what else its module offers for a port outside
     * {@code StoragePorts} (the static block catalog) is not storage.
     */
    public static ArchRule servePathNamesNoStorageAdapter(String root) {
        return classes().that().resideInAPackage(root + ".bootstrap..")
                .and().resideOutsideOfPackage(root + ".bootstrap.cli..")
                .should(new ArchCondition<JavaClass>("depend on no storage adapter class") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            if (StorageAdapters.isStorageClass(root, d.getTargetClass())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .as("the serve path names no storage adapter class");
    }

    public static List<ArchRule> all(String root) {
        return List.of(domainDependsOnlyOnJava(root), applicationDependsOnlyOnDomainAndJava(root),
                adaptersDoNotDependOnEachOther(root), onlyBootstrapDependsOnAdapters(root),
                modulesAreFreeOfCycles(root), domainFeaturesAreFreeOfCycles(root),
                applicationPackagesAreFreeOfCycles(root), portInDoesNotDependOnService(root),
                repositoryAdaptersAreNamedTechnologyPlusPort(root), servePathNamesNoStorageAdapter(root));
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
