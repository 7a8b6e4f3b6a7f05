package vn.hotline1022.support;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared layer serves the services and knows none of them (no cycle, no domain leaking into it). */
class SupportArchitectureTest {

    @Test
    void supportDependsOnNoService() {
        noClasses().that().resideInAPackage("vn.hotline1022.support..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.hotline1022.intake..", "vn.hotline1022.routing..",
                        "vn.hotline1022.knowledge..", "vn.hotline1022.reporting..", "vn.hotline1022.gateway..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.hotline1022.support", "vn.hotline1022.access"));
    }
}
