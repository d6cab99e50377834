package uk.joinedup.caseservice.emergency.api;

import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * A practitioner broke glass: from {@code from} until just before {@code until} they may see the person's
 * record as if it were their own agency's, for the reason they gave. The agencies whose entries it opened
 * are told, and its review falls to them and to the information-governance officer.
 *
 * @param userId the practitioner it opens the record for
 * @param agency their agency
 * @param explanation why, in their words
 * @param from when it began
 * @param until when it ends
 * @param openedAgencies the agencies whose entries on the person's record were withheld from the
 *     practitioner when they broke glass
 */
@Revision("1")
public record EmergencyAccessGranted(
        OverrideId overrideId,
        PersonId personId,
        String userId,
        AgencyId agency,
        OverrideReason reason,
        String explanation,
        Instant from,
        Instant until,
        Set<AgencyId> openedAgencies)
        implements EmergencyOverrideEvent {}
