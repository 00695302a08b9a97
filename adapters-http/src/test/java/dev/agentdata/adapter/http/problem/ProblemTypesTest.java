package dev.agentdata.adapter.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.DomainException;

/** Every failure the domain, the application or this adapter throws has a problem type listed for its own type. */
class ProblemTypesTest {
    /** Main code only: neither test classes nor test-jars (application's is on this class path for WiredServices). */
    private static final ClassFileImporter MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"));

    @Test
    void everyDomainExceptionSubtype_isListed() {
        List<Class<?>> subtypes = concreteSubtypes(DomainException.class, "dev.agentdata.domain");

        assertThat(subtypes).as("the importer found the domain's exceptions").hasSizeGreaterThanOrEqualTo(12);
        assertThat(unlisted(subtypes)).isEmpty();
    }

    @Test
    void everyExceptionOfTheApplicationAndOfThisAdapter_isListed() {
        List<Class<?>> thrown = concreteSubtypes(RuntimeException.class, "dev.agentdata.application",
                "dev.agentdata.adapter.http");

        assertThat(thrown).as("the importer found them").hasSizeGreaterThanOrEqualTo(5);
        assertThat(unlisted(thrown)).isEmpty();
    }

    @Test
    void aDomainExceptionSubtypeNotListed_isReported_andWouldAnswer500() {
        assertThat(unlisted(List.of(ConflictException.class, UnlistedRuleException.class)))
                .containsExactly(UnlistedRuleException.class);
        assertThat(new ProblemMapper(null).toProblem(new UnlistedRuleException(), "r-1").status()).isEqualTo(500);
    }

    @Test
    void aSubtypeOfAListedJdkType_sharesItsProblem() {
        assertThat(ProblemTypes.of(NumberFormatException.class)).hasValueSatisfying(t ->
                assertThat(t.status()).isEqualTo(422));
        assertThat(ProblemTypes.of(IllegalStateException.class)).isEmpty();
    }

    private static List<Class<?>> unlisted(Collection<Class<?>> types) {
        return types.stream().filter(t -> !ProblemTypes.listed().contains(t)).toList();
    }

    private static List<Class<?>> concreteSubtypes(Class<?> base, String... packages) {
        return MAIN_CODE.importPackages(packages).stream()
                .filter(c -> c.isAssignableTo(base) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    /** A rule violation someone added to the domain without giving it a status. */
    private static final class UnlistedRuleException extends DomainException {
        UnlistedRuleException() {
            super("a new rule was broken");
        }
    }
}
