package uk.joinedup.caseservice.agency;

import java.util.Set;

/**
 * Which agencies work with a person through the teams around the households they are in now. The
 * person feature asks it (it knows no family); the family feature answers it.
 */
public interface TeamAgencies {

    /** The agencies of everyone on the team around any household {@code personId} belongs to now. */
    Set<AgencyId> around(String personId);
}
