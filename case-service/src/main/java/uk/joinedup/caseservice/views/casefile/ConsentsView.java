package uk.joinedup.caseservice.views.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.record.ConsentChange;
import uk.joinedup.caseservice.consent.record.ConsentStatus;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * The consents on a person's record, as one viewer may see them.
 *
 * @param consents newest first
 * @param withheld how many consents the viewer may not see
 */
public record ConsentsView(String personId, List<ConsentView> consents, int withheld) {

    /**
     * One consent, as it stands on the day of the query.
     *
     * @param status where it stands today
     * @param summary what it allows, in one sentence
     * @param giverName who gave it, or null when the person did
     * @param recipients the agencies that may see, with their names
     * @param recordedBy the practitioner who recorded it
     * @param recordedByAgency their agency
     * @param recordedAt when
     * @param history every change, oldest first
     */
    public record ConsentView(
            String consentId,
            ConsentStatus status,
            String summary,
            ConsentGiver givenBy,
            String giverName,
            List<AgencyName> recipients,
            Set<InformationCategory> categories,
            Purpose purpose,
            LocalDate validFrom,
            LocalDate validUntil,
            ConsentEvidence evidence,
            String evidenceNote,
            String recordedBy,
            AgencyId recordedByAgency,
            String recordedByAgencyName,
            Instant recordedAt,
            LocalDate withdrawnOn,
            String withdrawalReason,
            List<ConsentChange> history) {}

    /** An agency and the name it goes by. */
    public record AgencyName(AgencyId agency, String name) {}
}
