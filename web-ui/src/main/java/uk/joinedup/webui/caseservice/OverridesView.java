package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emergency overrides of a person's record as case-service lets the user see them: those active
 * now, or every one for an information-governance officer.
 *
 * @param overrides newest first
 * @param withheld how many the user may not see
 */
public record OverridesView(String personId, List<OverrideView> overrides, int withheld) {

    public OverridesView {
        overrides = overrides == null ? List.of() : overrides;
    }

    /** The user's own override that opens the record now, if they have one. */
    public Optional<OverrideView> activeFor(String userId) {
        return overrides.stream()
                .filter(override -> override.active() && override.userId().equals(userId))
                .findFirst();
    }

    /**
     * One override.
     *
     * @param userName who broke glass
     * @param agency their agency's id
     * @param active whether it opens the record now
     * @param openedAgencies the ids of the agencies whose entries it opened
     * @param review its review, or null while it awaits one
     */
    public record OverrideView(
            String overrideId,
            String userId,
            String userName,
            String agency,
            String agencyName,
            OverrideReason reason,
            String explanation,
            Instant from,
            Instant until,
            boolean active,
            Set<String> openedAgencies,
            OverrideReview review) {

        public OverrideView {
            openedAgencies = openedAgencies == null ? Set.of() : openedAgencies;
        }
    }
}
