package vn.hotline1022.support;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The gateway (webflux) and the services (servlet) both load this module: it must pull in neither web stack, and
 * it knows no service.
 */
class SupportCoreArchitectureTest {

    @Test
    void supportCoreUsesNoWebStackAndNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.http..", "reactor..", "io.netty..", "vn.hotline1022.intake..",
                        "vn.hotline1022.routing..", "vn.hotline1022.knowledge..", "vn.hotline1022.reporting..",
                        "vn.hotline1022.gateway..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.hotline1022.support"));
    }
}
