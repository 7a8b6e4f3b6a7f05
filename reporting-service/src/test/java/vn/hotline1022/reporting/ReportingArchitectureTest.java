package vn.hotline1022.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.PersistenceShape;
import vn.hotline1022.testsupport.TypedAnswers;

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

    /** Features depend on each other in one direction only, so each can be read and changed on its own (#12). */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("vn.hotline1022.reporting.(*)..").should().beFreeOfCycles();

    /** Issue #12: answers and request bodies are records the OpenAPI document describes, never maps or stored documents. */
    @ArchTest
    static final ArchRule endpointsUseTypedBodies = TypedAnswers.endpointsUseTypedBodies();

    /** Issue #12: one persistence shape, a *Store per collection and a *Documents mapper; the rest sees records. */
    @ArchTest
    static final ArchRule onlyStoresAndMappersTouchMongo = PersistenceShape.onlyStoresAndMappersTouchMongo();
}
