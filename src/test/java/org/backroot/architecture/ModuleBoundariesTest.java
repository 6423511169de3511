package org.backroot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the modular monolith honest: pure domains, no cycles between features, SQL only in repositories. */
class ModuleBoundariesTest {

    private static JavaClasses backroot;

    @BeforeAll
    static void importClasses() {
        backroot = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/")).importPackages("org.backroot");
    }

    @Test
    void domainClassesUseNoSpringJdbcServletOrJackson() {
        noClasses().that().resideInAPackage("org.backroot..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..")
                .because("domain logic is plain, deterministic Java that can be tested without a container")
                .check(backroot);
    }

    @Test
    void domainClassesDependOnlyOnOtherDomainClasses() {
        classes().that().resideInAPackage("org.backroot..domain..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.backroot..").or(resideInAPackage("org.backroot..domain..")))
                .because("a domain must not reach back into services, repositories or web code")
                .check(backroot);
    }

    @Test
    void featureModulesHaveNoCycles() {
        slices().matching("org.backroot.(*)..").should().beFreeOfCycles().check(backroot);
    }

    @Test
    void figuresAreASharedLeafThatProgramAndAssessmentMayUse() {
        classes().that().resideInAPackage("org.backroot.figure..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.backroot..").or(resideInAPackage("org.backroot.figure..")))
                .because("activities and self-tests both draw figures, so the figure module knows neither of them")
                .check(backroot);
        classes().that().resideInAPackage("org.backroot.figure.domain..")
                .should().onlyDependOnClassesThat(resideInAPackage("java..").or(resideInAPackage("org.backroot.figure.domain..")))
                .because("figures are plain Java: poses in, kinematics and SVG out; YAML is read by the library that holds them")
                .check(backroot);
    }

    @Test
    void controllersDoNotTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .because("SQL lives behind repositories")
                .check(backroot);
    }

    @Test
    void onlyRepositoriesAndInfrastructureUseJdbc() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Log")
                .and().resideOutsideOfPackage("org.backroot.shared..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .because("SQL is kept behind repositories")
                .check(backroot);
    }
}
