package vn.hotline1022.testsupport;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Issue #12 as a rule: one persistence shape. A {@code *Store} is the only class that touches its collection and a
 * {@code *Documents} mapper turns documents into records and back; everything else (services, listeners, controllers,
 * views) works with records, so a change of storage stays in those two places.
 */
public final class PersistenceShape {

    private static final List<String> MONGO = List.of("org.bson.", "com.mongodb.");
    private static final List<String> SHAPES = List.of("Store", "Documents");

    private PersistenceShape() {
    }

    public static ArchRule onlyStoresAndMappersTouchMongo() {
        return classes().should(storeOrMapperWhenTouchingMongo());
    }

    /**
     * The same rule with packages left out while they are still being moved to the shape; the caller says which
     * and why, so the exception stays visible until it can go.
     */
    public static ArchRule onlyStoresAndMappersTouchMongoOutside(String... packageIdentifiers) {
        return classes().that().resideOutsideOfPackages(packageIdentifiers).should(storeOrMapperWhenTouchingMongo());
    }

    private static ArchCondition<JavaClass> storeOrMapperWhenTouchingMongo() {
        return new ArchCondition<>("touch org.bson or com.mongodb only if a *Store or *Documents") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String owner = topLevel(type).getSimpleName();
                if (SHAPES.stream().anyMatch(owner::endsWith)) {
                    return;
                }
                type.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                        .map(JavaClass::getName).filter(name -> MONGO.stream().anyMatch(name::startsWith)).distinct()
                        .forEach(name -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " uses " + name)));
            }
        };
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
