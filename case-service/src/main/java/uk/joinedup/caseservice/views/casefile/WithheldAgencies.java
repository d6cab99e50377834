package uk.joinedup.caseservice.views.casefile;

import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;

/** The agencies whose entries on a person's record are withheld from a viewer: what breaking glass opens. */
public record WithheldAgencies(Set<AgencyId> agencies) {

    public WithheldAgencies {
        agencies = Set.copyOf(agencies);
    }
}
