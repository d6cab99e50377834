package uk.joinedup.caseservice.views.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.emergency.record.OverrideReview;

/**
 * The emergency overrides of a person's record, as one viewer may see them: information-governance
 * officers see every one; anyone else sees those active now.
 *
 * @param overrides newest first
 * @param withheld how many of those the viewer would otherwise be shown they may not see
 */
public record OverridesView(String personId, List<OverrideView> overrides, int withheld) {

    /**
     * One override.
     *
     * @param userName who broke glass
     * @param active whether it opens the record now
     * @param openedAgencies the agencies whose entries it opened
     * @param review its review, or null while it awaits one
     */
    public record OverrideView(
            String overrideId,
            String userId,
            String userName,
            AgencyId agency,
            String agencyName,
            OverrideReason reason,
            String explanation,
            Instant from,
            Instant until,
            boolean active,
            Set<AgencyId> openedAgencies,
            OverrideReview review) {}
}
