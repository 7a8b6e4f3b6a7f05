package vn.hotline1022.knowledge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.PersistenceShape;
import vn.hotline1022.testsupport.TypedAnswers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain and the search engine stay free of Spring and MongoDB, so they can be tested and benchmarked alone. */
class KnowledgeArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.hotline1022.knowledge");

    @Test
    void domainAndSearchDependOnNeitherSpringNorMongo() {
        noClasses().that().resideInAnyPackage("..knowledge.domain..", "..knowledge.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void searchEngineDoesNotKnowTheServiceAroundIt() {
        noClasses().that().resideInAPackage("..knowledge.search..")
                .should().dependOnClassesThat().resideInAnyPackage("..knowledge.entry..", "..knowledge.indexing..",
                        "..knowledge.operator..", "..knowledge.importing..")
                .check(classes);
    }

    /** Features depend on each other in one direction only, so each can be read and changed on its own (#12). */
    @Test
    void featuresAreFreeOfCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("vn.hotline1022.knowledge.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Issue #12: answers and request bodies are records the OpenAPI document describes, never maps or stored documents. */
    @Test
    void endpointsUseTypedBodies() {
        TypedAnswers.endpointsUseTypedBodies().check(classes);
    }

    /** Issue #12: one persistence shape, a *Store per collection and a *Documents mapper; the rest sees records. */
    @Test
    void onlyStoresAndMappersTouchMongo() {
        PersistenceShape.onlyStoresAndMappersTouchMongo().check(classes);
    }
}
