package uk.joinedup.caseservice.agency;

import java.util.Objects;
import java.util.Set;

/**
 * A practitioner as the staff directory (identity-service) describes them: what the service takes
 * instead of a name, agency or role sent in a request body.
 *
 * @param userId their sign-in name, the subject of their tokens
 * @param name the name colleagues see
 * @param agency the agency they work for
 * @param agencyName that agency's name
 * @param agencyKind that agency's kind
 * @param roles what they may do
 */
public record Practitioner(
        String userId, String name, AgencyId agency, String agencyName, AgencyKind agencyKind, Set<Role> roles) {

    public Practitioner {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(agencyKind, "agencyKind");
        roles = Set.copyOf(roles);
    }

    /** The signed-in user as the directory would describe them: their token says the same. */
    public static Practitioner of(Actor actor) {
        return new Practitioner(
                actor.userId(), actor.name(), actor.agency(), actor.agencyName(), actor.agencyKind(), actor.roles());
    }
}
