package uk.joinedup.caseservice.emergency.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The override was reviewed, by an information-governance officer or a manager of an agency whose
 * entries it opened.
 *
 * @param justified whether the reviewer found breaking glass justified
 * @param note what the reviewer found
 * @param reviewedBy the reviewer's agency
 */
@Revision("1")
public record EmergencyOverrideReviewed(
        OverrideId overrideId, PersonId personId, boolean justified, String note, AgencyId reviewedBy)
        implements EmergencyOverrideEvent {}
