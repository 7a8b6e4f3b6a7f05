package vn.hotline1022.knowledge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.ServiceRules;

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

    /** Issue #12's rules for every service (see ServiceRules). */
    @Test
    void featuresAreFreeOfCycles() {
        ServiceRules.featuresAreFreeOfCycles.check(classes);
    }

    @Test
    void onlyStoresAndMappersTouchMongo() {
        ServiceRules.onlyStoresAndMappersTouchMongo.check(classes);
    }

    @Test
    void endpointsUseTypedBodies() {
        ServiceRules.endpointsUseTypedBodies.check(classes);
    }
}
