package uk.joinedup.caseservice.sharing;

import java.util.Objects;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;

/**
 * A party to a sharing agreement: one agency, or every agency of a kind (e.g. every police force).
 *
 * @param agency the agency, or null when the party is a kind
 * @param kind the kind of agency, or null when the party is one agency
 */
public record Party(AgencyId agency, AgencyKind kind) {

    public Party {
        if ((agency == null) == (kind == null)) {
            throw new IllegalArgumentException("A party is one agency or one kind of agency");
        }
    }

    public static Party agency(AgencyId agency) {
        return new Party(Objects.requireNonNull(agency), null);
    }

    public static Party kind(AgencyKind kind) {
        return new Party(null, Objects.requireNonNull(kind));
    }

    public boolean includes(AgencyId someAgency, AgencyKind itsKind) {
        return agency != null ? agency.equals(someAgency) : kind == itsKind;
    }
}
