package vn.hotline1022.intake;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain rules stay plain Java: testable without Spring, MongoDB, Kafka or the web. */
@AnalyzeClasses(packages = "vn.hotline1022.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    /** Of contracts, the domain uses only the plain-Java message bundle and phone numbers (#12). */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.springframework..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "jakarta..", "tools.jackson..",
                    "io.micrometer..", "org.slf4j..", "vn.hotline1022.intake.infra..", "vn.hotline1022.contracts..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                            "vn.hotline1022.contracts.text..", "vn.hotline1022.contracts.phone.."))));

    @ArchTest
    static final ArchRule domainDoesNotReachOutToApplicationLayers = noClasses().that()
            .resideInAPackage("..domain..").should().dependOnClassesThat()
            .resideInAnyPackage("vn.hotline1022.intake.call", "vn.hotline1022.intake.caller",
                    "vn.hotline1022.intake.reference", "vn.hotline1022.intake.transfer");

    /** Issue #12's rules for every service: features free of cycles, one persistence shape, typed bodies. */
    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);
}
