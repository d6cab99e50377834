package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * What a person (or someone for them) consented to: which agencies may see which categories of what
 * other agencies hold about them, for which purpose, over which days.
 *
 * @param consentId the consent's id, named as the basis of what it opens
 * @param givenBy who gave it
 * @param recipients the agencies that may see
 * @param categories the categories they may see; health and substance misuse only when named here
 * @param purpose what for
 * @param validFrom first day it covers
 * @param validUntil last day it covers
 * @param withdrawnOn the day it was withdrawn (it covers nothing from that day), or null
 */
public record ConsentTerms(
        String consentId,
        ConsentGiver givenBy,
        Set<AgencyId> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate withdrawnOn) {

    public ConsentTerms {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(givenBy, "givenBy");
        recipients = Set.copyOf(recipients);
        categories = Set.copyOf(categories);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Whether it is in force on {@code day}: begun, not ended, not withdrawn. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom)
                && !day.isAfter(validUntil)
                && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    /**
     * Whether it lets {@code recipient} see {@code category} for {@code purpose} on {@code day}, for a
     * subject who is a child on that day or not: a parent's consent ends when the child turns 18.
     */
    public boolean covers(
            AgencyId recipient, InformationCategory category, Purpose purpose, LocalDate day, boolean subjectIsChild) {
        return inForceOn(day)
                && recipients.contains(recipient)
                && categories.contains(category)
                && this.purpose == purpose
                && (givenBy != ConsentGiver.PARENT_OR_GUARDIAN || subjectIsChild);
    }
}
