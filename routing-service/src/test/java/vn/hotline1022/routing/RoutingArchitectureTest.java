package vn.hotline1022.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.PersistenceShape;
import vn.hotline1022.testsupport.TypedAnswers;

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

    /** Features depend on each other in one direction only, so each can be read and changed on its own (#12). */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("vn.hotline1022.routing.(*)..").should().beFreeOfCycles();

    /** Issue #12: answers and request bodies are records the OpenAPI document describes, never maps or stored documents. */
    @ArchTest
    static final ArchRule endpointsUseTypedBodies = TypedAnswers.endpointsUseTypedBodies();

    /** Issue #12: one persistence shape, a *Store per collection and a *Documents mapper; the rest sees records. */
    @ArchTest
    static final ArchRule onlyStoresAndMappersTouchMongo = PersistenceShape.onlyStoresAndMappersTouchMongo();
}
