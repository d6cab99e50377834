package uk.joinedup.caseservice.subjectaccess.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The officer reviewed a redaction and decided the item is released as it is, for the reason in the note
 * (the third party consented, or the information is already known to the requester).
 *
 * @param itemId the redacted item, as the assembled response names it
 */
@Revision("1")
public record RedactionOverridden(SubjectAccessRequestId requestId, PersonId personId, String itemId, String note)
        implements SubjectAccessRequestEvent {}
