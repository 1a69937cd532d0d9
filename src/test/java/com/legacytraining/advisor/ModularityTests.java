package com.legacytraining.advisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked by Spring Modulith: every top-level package is a module, modules
 * reach each other only through their public root types (or named interfaces) and have no cycles.
 * The build also writes the module documentation under {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TrainingAdvisorApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApisAndWithoutCycles() {
        MODULES.verify();
    }

    /** The design promises scoring is plain Java, so it can be reasoned about and tested without a container. */
    @Test
    void scoringDependsOnNoSpringOrJpaType() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.legacytraining.advisor");

        // package-info only names the package for Spring Modulith; it is not code the rules run.
        noClasses().that().resideInAPackage("..scoring..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .because("the scoring rules are plain Java (DESIGN.md)")
                .check(classes);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
