package vn.hotline1022.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The figures, the digest's content and the staffing arithmetic (Erlang C) are plain Java: testable without Spring,
 * MongoDB, Kafka or POI.
 */
@AnalyzeClasses(packages = "vn.hotline1022.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAnyPackage("..reporting.figures..", "..reporting.digest.domain..",
                    "..reporting.staffing.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "org.apache.kafka..", "org.apache.poi..", "tools.jackson..", "jakarta..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoFeatures = noClasses()
            .that().resideInAnyPackage("..reporting.figures..", "..reporting.digest.domain..",
                    "..reporting.staffing.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..reporting.infra..", "..reporting.summary..",
                    "..reporting.calls..", "..reporting.staffing");

    /** Issue #12's rules for every service: features free of cycles, one persistence shape, typed bodies. */
    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);
}
