package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Picks facts of one kind out of a family's record, as a scheme file names them: the kind is the fact's
 * simple class name in the catalogue (its persisted {@code type}), and {@code where} optionally narrows it
 * to facts whose named fields take one of the listed values (enum constants by name), e.g. {@code {kind:
 * ExcludedFromSchool, where: {exclusion: [PERMANENT]}}}. An unknown kind, field or enum constant is refused
 * when the file is read.
 *
 * @param kind the fact kind
 * @param where field name to the values it may take; empty for every fact of the kind
 */
public record FactMatcher(
        String kind,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Map<String, List<String>> where) {

    private static final Map<String, Class<?>> KINDS = Arrays.stream(
                    AgencyFact.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::value)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    public FactMatcher {
        if (kind == null || !KINDS.containsKey(kind)) {
            throw new IllegalArgumentException("kind: no fact kind named " + kind + " in the catalogue");
        }
        where = where == null ? Map.of() : Map.copyOf(where);
        where.forEach((field, values) -> checkField(KINDS.get(kind), field, values));
    }

    boolean matches(DatedFact<?> dated) {
        AgencyFact fact = dated.fact();
        if (!fact.getClass().getSimpleName().equals(kind)) {
            return false;
        }
        return where.entrySet().stream()
                .allMatch(
                        condition -> condition.getValue().contains(String.valueOf(valueOf(fact, condition.getKey()))));
    }

    private static void checkField(Class<?> kind, String field, List<String> values) {
        RecordComponent component = component(kind, field);
        if (component == null) {
            throw new IllegalArgumentException("where: " + kind.getSimpleName() + " has no field " + field);
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("where." + field + ": list at least one value");
        }
        Class<?> type = component.getType();
        if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
            values.stream()
                    .filter(value -> !constants.contains(value))
                    .findFirst()
                    .ifPresent(value -> {
                        throw new IllegalArgumentException(
                                "where." + field + ": " + value + " is not one of " + constants);
                    });
        }
    }

    private static RecordComponent component(Class<?> kind, String field) {
        return Arrays.stream(kind.getRecordComponents())
                .filter(component -> component.getName().equals(field))
                .findFirst()
                .orElse(null);
    }

    private static Object valueOf(AgencyFact fact, String field) {
        try {
            return component(fact.getClass(), field).getAccessor().invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "Cannot read " + field + " of " + fact.getClass().getSimpleName(), e);
        }
    }
}
