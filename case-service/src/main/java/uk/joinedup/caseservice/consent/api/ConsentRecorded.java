package uk.joinedup.caseservice.consent.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * A person, or someone for them, consented that the recipient agencies may see the categories of what
 * other agencies hold about them, for the purpose, from the first to the last day.
 *
 * @param giverName who gave it when it was not the person themselves, e.g. "Carol Hill (mother)"; null
 *     when the person gave it
 * @param validFrom the first day it covers
 * @param validUntil the last day it covers
 * @param evidenceNote what the evidence is or where it is kept, e.g. the witness's name; or null
 * @param recordedBy the agency that recorded it
 */
@Revision("1")
public record ConsentRecorded(
        ConsentId consentId,
        PersonId personId,
        ConsentGiver givenBy,
        String giverName,
        Set<AgencyId> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        ConsentEvidence evidence,
        String evidenceNote,
        AgencyId recordedBy)
        implements ConsentEvent {}
