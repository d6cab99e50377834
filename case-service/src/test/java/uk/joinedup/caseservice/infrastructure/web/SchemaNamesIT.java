package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * No two of the API's own types share a simple name: springdoc names each schema of the API description by the
 * simple name of its class, and two classes of one name and different shapes become one schema, so that one route
 * is described with the other's fields (it happened three times while the imports were built: {@code Created}, {@code Row},
 * {@code Criterion}, {@code DecisionRequest}). Every type a route reads or answers is followed through its records'
 * components, lists and maps.
 */
class SchemaNamesIT extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Test
    void everyTypeOfTheApiHasANameOfItsOwn() {
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod handler : routes.getHandlerMethods().values()) {
            follow(handler.getMethod().getGenericReturnType(), seen);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    follow(parameter.getGenericParameterType(), seen);
                }
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        seen.forEach(type -> byName.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>())
                .add(shape(type)));
        byName.values().removeIf(shapes -> shapes.size() < 2);

        assertThat(seen).as("the API's own types were found").hasSizeGreaterThan(50);
        assertThat(byName)
                .as("simple names shared by classes of the API: rename one of each")
                .isEmpty();
    }

    /**
     * What springdoc describes of a type: a record's components, an enum's constants. Classes of one name and one
     * shape (the controllers' {@code Created(String id)}) are one schema rightly.
     */
    private static String shape(Class<?> type) {
        if (type.isRecord()) {
            StringBuilder shape = new StringBuilder("record");
            for (RecordComponent component : type.getRecordComponents()) {
                shape.append(' ').append(component.getName()).append(':').append(component.getGenericType());
            }
            return shape.toString();
        }
        if (type.isEnum()) {
            return "enum " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getName();
    }

    private static void follow(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            follow(parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                follow(argument, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            follow(array.getGenericComponentType(), seen);
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                follow(plain.getComponentType(), seen);
            } else if (plain.getName().startsWith("uk.joinedup.") && seen.add(plain)) {
                if (plain.isRecord()) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        follow(component.getGenericType(), seen);
                    }
                }
                if (plain.isSealed()) {
                    for (Class<?> permitted : plain.getPermittedSubclasses()) {
                        follow(permitted, seen);
                    }
                }
            }
        }
    }
}
