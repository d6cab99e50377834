package uk.joinedup.caseservice.identification.api;

import java.util.Map;
import uk.joinedup.caseservice.family.api.Relationship;

/**
 * A candidate on the viewer's list, and how each member belongs to it (for a household: parent or child, as the
 * parents named on the children's records say), by person id.
 */
public record FoundCandidate(CandidatesList.Candidate candidate, Map<String, Relationship> roles) {

    public FoundCandidate {
        roles = Map.copyOf(roles);
    }
}
