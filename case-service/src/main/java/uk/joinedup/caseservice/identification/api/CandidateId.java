package uk.joinedup.caseservice.identification.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Identifies a candidate for early help. Derived, never chosen: a registered family's is {@code family-} and its
 * id; a household assembled from the data is {@code household-} and a name-based UUID of its members' ids, so
 * the same people are the same candidate on every request, and a household with someone more or fewer is
 * another candidate (whose decision is its own).
 */
public record CandidateId(@JsonValue String value) {

    private static final String FAMILY = "family-";
    private static final String HOUSEHOLD = "household-";

    @JsonCreator
    public CandidateId {
        Objects.requireNonNull(value, "candidate id");
    }

    public static CandidateId of(FamilyId family) {
        return new CandidateId(FAMILY + family.value());
    }

    /** The household of these people, in any order. */
    public static CandidateId household(Collection<PersonId> members) {
        String sorted = members.stream().map(PersonId::value).sorted().collect(Collectors.joining(","));
        return new CandidateId(HOUSEHOLD + UUID.nameUUIDFromBytes(sorted.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether it names a household assembled from the data rather than a registered family. */
    public boolean household() {
        return value.startsWith(HOUSEHOLD);
    }

    @Override
    public String toString() {
        return value;
    }
}
