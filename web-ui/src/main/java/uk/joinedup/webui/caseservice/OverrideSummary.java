package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.util.Set;

/**
 * An emergency override awaiting review.
 *
 * @param personId whose record it opened
 * @param userName who broke glass
 * @param agency their agency's id
 * @param openedAgencies the ids of the agencies whose entries it opened
 * @param active whether it still opens the record now
 */
public record OverrideSummary(
        String overrideId,
        String personId,
        String userId,
        String userName,
        String agency,
        String agencyName,
        OverrideReason reason,
        String explanation,
        Instant from,
        Instant until,
        Set<String> openedAgencies,
        boolean active) {

    public OverrideSummary {
        openedAgencies = openedAgencies == null ? Set.of() : openedAgencies;
    }
}
