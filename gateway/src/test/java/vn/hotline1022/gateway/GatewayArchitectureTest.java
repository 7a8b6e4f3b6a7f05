package vn.hotline1022.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hotline1022.testsupport.PersistenceShape;

/** The gateway keeps the services' persistence shape for its own collections (users, refresh tokens, audit). */
@AnalyzeClasses(packages = "vn.hotline1022.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    /**
     * Issue #12: a *Store per collection, records elsewhere. The infra package is left out on purpose: it turns the
     * Mongo client's failures into 503 answers, which is plumbing, not persistence (the client, its timeouts and the
     * ping health check are support-core's, shared with the services).
     */
    @ArchTest
    static final ArchRule onlyStoresAndMappersTouchMongo =
            PersistenceShape.onlyStoresAndMappersTouchMongoOutside("vn.hotline1022.gateway.infra..");
}
