package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Every text and every list a client can send has an upper bound (@Size), found by walking each request
 * body the controllers take, through nested records, list elements and the kinds of agency fact: a new
 * field without a bound fails here.
 */
class BoundedRequestsTest {

    @Test
    void everyTextAndListInARequestBodyHasABound() {
        Set<Class<?>> bodies = new HashSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.joinedup.caseservice")) {
            if (!type.getPackageName().endsWith(".web")) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        bodies.add(parameter.getType());
                    }
                }
            }
        }
        assertThat(bodies).as("request bodies found").hasSizeGreaterThan(20);

        List<String> unbounded = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        bodies.forEach(body -> walk(body, seen, unbounded));

        assertThat(unbounded).as("fields without @Size").isEmpty();
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> unbounded) {
        if (!seen.add(type)) {
            return;
        }
        JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
        if (subTypes != null) {
            for (JsonSubTypes.Type subType : subTypes.value()) {
                walk(subType.value(), seen, unbounded);
            }
        }
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> fieldType = component.getType();
            boolean needsBound = fieldType == String.class
                    || Collection.class.isAssignableFrom(fieldType)
                    || Map.class.isAssignableFrom(fieldType);
            if (needsBound && !boundedField(type, component)) {
                unbounded.add(type.getName() + "." + component.getName());
            }
            walk(fieldType, seen, unbounded);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        walk(element, seen, unbounded);
                    }
                }
            }
        }
    }

    private static boolean boundedField(Class<?> record, RecordComponent component) {
        try {
            Size size = record.getDeclaredField(component.getName()).getAnnotation(Size.class);
            return size != null && size.max() < Integer.MAX_VALUE;
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
