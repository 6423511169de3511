package org.backroot.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The demo sits on top of everything: it may use any module, and no module may know it exists. */
class DemoModuleTest {

    @Test
    void nothingOutsideTheDemoDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("org.backroot.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.backroot.demo..")
                .because("demo mode is an add-on; the app must run the same without it")
                .check(new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/")).importPackages("org.backroot"));
    }
}
