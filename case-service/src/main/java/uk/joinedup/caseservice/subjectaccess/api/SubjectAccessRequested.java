package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * A person (or someone for them) asked to see what is held about them, and an information-governance officer
 * started the request.
 *
 * @param requesterName who asked, unless the person asked themselves (then null)
 * @param identityCheck how the requester's identity was verified
 * @param identityNote what the officer noted of the check, or null
 * @param receivedOn the day the request was received: the statutory month runs from it
 * @param dueBy the statutory deadline, one calendar month after {@code receivedOn} (UK GDPR Art. 12(3): the same day next month, or its last day)
 */
@Revision("1")
public record SubjectAccessRequested(
        SubjectAccessRequestId requestId,
        PersonId personId,
        Requester requester,
        String requesterName,
        IdentityCheck identityCheck,
        String identityNote,
        LocalDate receivedOn,
        LocalDate dueBy)
        implements SubjectAccessRequestEvent {}
