package vn.hotline1022.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of issue #12 that every service keeps, in one place; a service's architecture test takes them all with
 * {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);} beside its own rules.
 */
public final class ServiceRules {

    /** Features depend on each other in one direction only, so each can be read and changed on its own. */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles =
            slices().matching("vn.hotline1022.*.(*)..").should().beFreeOfCycles();

    /** One persistence shape, a *Store per collection and a *Documents mapper; the rest sees records. */
    @ArchTest
    public static final ArchRule onlyStoresAndMappersTouchMongo = PersistenceShape.onlyStoresAndMappersTouchMongo();

    /** Answers and request bodies are records the OpenAPI document describes, never maps or stored documents. */
    @ArchTest
    public static final ArchRule endpointsUseTypedBodies = TypedAnswers.endpointsUseTypedBodies();

    private ServiceRules() {
    }
}
