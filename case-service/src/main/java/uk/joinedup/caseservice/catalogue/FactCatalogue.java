package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/** Looks up the kinds of fact: by name, their category, and which kinds of agency may record them. */
public final class FactCatalogue {

    private static final List<Class<? extends AgencyFact>> TYPES = Arrays.stream(
                    AgencyFact.class.getAnnotation(JsonSubTypes.class).value())
            .<Class<? extends AgencyFact>>map(type -> type.value().asSubclass(AgencyFact.class))
            .toList();

    private static final Map<String, Class<? extends AgencyFact>> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private FactCatalogue() {}

    /** Every kind of fact, in catalogue order. */
    public static List<Class<? extends AgencyFact>> types() {
        return TYPES;
    }

    public static Optional<Class<? extends AgencyFact>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String name(AgencyFact fact) {
        return fact.getClass().getSimpleName();
    }

    public static InformationCategory category(Class<? extends AgencyFact> type) {
        return kind(type).category();
    }

    /** The category of a fact as the given kind of agency records it (see {@link FactKind}). */
    public static InformationCategory category(AgencyFact fact, AgencyKind recordedBy) {
        FactKind kind = kind(fact.getClass());
        return kind.categoryOfTheRecordingAgency() ? recordedBy.ownCategory() : kind.category();
    }

    public static List<AgencyKind> recordableBy(Class<? extends AgencyFact> type) {
        return List.of(kind(type).recordableBy());
    }

    public static boolean isRecordableBy(AgencyFact fact, AgencyKind agencyKind) {
        return recordableBy(fact.getClass()).contains(agencyKind);
    }

    private static FactKind kind(Class<? extends AgencyFact> type) {
        FactKind kind = type.getAnnotation(FactKind.class);
        if (kind == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @FactKind");
        }
        return kind;
    }
}
