package vn.hotline1022.testsupport;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Issue #12 as a rule: an endpoint answers with, and reads, a type its OpenAPI document can describe. A
 * {@code Map<String, Object>} or a stored {@code org.bson.Document} shows there as "any object", and leaks whatever
 * the store happens to hold.
 */
public final class TypedAnswers {

    private static final List<String> UNTYPED = List.of("java.util.Map<java.lang.String, java.lang.Object>",
            "org.bson.Document");

    private TypedAnswers() {
    }

    public static ArchRule endpointsUseTypedBodies() {
        return methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(new ArchCondition<JavaMethod>("answer with and read typed records") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Method m = method.reflect();
                        untyped(m.getGenericReturnType().getTypeName(), method, "returns", events);
                        for (Parameter p : m.getParameters()) {
                            if (p.isAnnotationPresent(RequestBody.class)) {
                                untyped(p.getParameterizedType().getTypeName(), method, "reads", events);
                            }
                        }
                    }
                });
    }

    private static void untyped(String type, JavaMethod method, String verb, ConditionEvents events) {
        UNTYPED.stream().filter(type::contains).findFirst().ifPresent(u -> events.add(SimpleConditionEvent.violated(
                method, method.getFullName() + " " + verb + " " + type)));
    }
}
