package uk.joinedup.caseservice.emergency.record;

import java.time.Instant;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;

/**
 * An override awaiting review, as the review queue shows it.
 *
 * @param userName who broke glass
 * @param agencyName their agency's name
 * @param openedAgencies the agencies whose entries it opened
 * @param active whether it still opens the record now
 */
public record OverrideSummary(
        String overrideId,
        String personId,
        String userId,
        String userName,
        AgencyId agency,
        String agencyName,
        OverrideReason reason,
        String explanation,
        Instant from,
        Instant until,
        Set<AgencyId> openedAgencies,
        boolean active) {

    static OverrideSummary of(OverrideRecord override, Instant now) {
        return new OverrideSummary(
                override.overrideId(),
                override.personId(),
                override.userId(),
                override.userName(),
                override.agency(),
                override.agencyName(),
                override.reason(),
                override.explanation(),
                override.from(),
                override.until(),
                override.openedAgencies(),
                override.activeAt(now));
    }
}
