package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The response was released to the requester: the request is answered. Who released it is in the event's
 * metadata, as for every event.
 */
@Revision("1")
public record SubjectAccessResponseReleased(SubjectAccessRequestId requestId, PersonId personId, LocalDate releasedOn)
        implements SubjectAccessRequestEvent {}
