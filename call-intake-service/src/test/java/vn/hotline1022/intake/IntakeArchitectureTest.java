package vn.hotline1022.intake;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.PersistenceShape;
import vn.hotline1022.testsupport.TypedAnswers;

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

    /** Features depend on each other in one direction only, so each can be read and changed on its own (#12). */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("vn.hotline1022.intake.(*)..").should().beFreeOfCycles();

    /** Issue #12: one persistence shape, a *Store per collection and a *Documents mapper; the rest sees records. */
    @ArchTest
    static final ArchRule onlyStoresAndMappersTouchMongo = PersistenceShape.onlyStoresAndMappersTouchMongo();

    /** Issue #12: answers and request bodies are records the OpenAPI document describes, never maps or stored documents. */
    @ArchTest
    static final ArchRule endpointsUseTypedBodies = TypedAnswers.endpointsUseTypedBodies();
}
