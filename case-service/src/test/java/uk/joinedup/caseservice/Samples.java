package uk.joinedup.caseservice;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.sharing.Party;

/**
 * Builds a deterministic sample of any record in the persisted contract, filling every component, so
 * that tests can cover every event and fact type without listing them.
 */
public final class Samples {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 1);

    private Samples() {}

    public static <T> T of(Class<T> type) {
        return type.cast(value(type, type));
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) {
            return "sample";
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-10-01T09:30:00Z");
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == java.math.BigDecimal.class) {
            return new java.math.BigDecimal("800");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == NhsNumber.class) {
            return NhsNumber.parse("9434765919");
        }
        if (type == NationalInsuranceNumber.class) {
            return NationalInsuranceNumber.parse("AB123456C");
        }
        if (type == UniquePupilNumber.class) {
            return UniquePupilNumber.parse("B801200005001");
        }
        if (type == Party.class) {
            return Party.agency(new AgencyId("sample"));
        }
        if (type == AgencyFact.class) {
            return new CaseNoteWritten("sample note");
        }
        if (type == List.class) {
            return List.of(element(generic, 0));
        }
        if (type == Set.class) {
            return Set.of(element(generic, 0));
        }
        if (type == Map.class) {
            return Map.of(element(generic, 0), element(generic, 1));
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }

    private static Object element(Type generic, int index) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[index];
        Class<?> raw = argument instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) argument;
        return value(raw, argument);
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> value(component.getType(), component.getGenericType()))
                .toArray();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getSimpleName(), e);
        }
    }
}
