package vn.hotline1022.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain packages hold the rules of the trade only: no Spring, no MongoDB/BSON, no JSON library. */
@AnalyzeClasses(packages = "vn.hotline1022.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutingArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses().that().resideInAPackage("..routing.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "tools.jackson..", "jakarta..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses().that().resideInAPackage("..routing.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.hotline1022.routing.infra..",
                    "vn.hotline1022.routing.directory", "vn.hotline1022.routing.rules",
                    "vn.hotline1022.routing.transfer", "vn.hotline1022.routing.escalation");

    /** Issue #12's rules for every service: features free of cycles, one persistence shape, typed bodies. */
    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);
}
