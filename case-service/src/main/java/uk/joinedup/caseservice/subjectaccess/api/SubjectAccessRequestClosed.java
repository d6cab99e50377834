package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The request was closed without a response released: withdrawn by the requester, identity never
 * verified, refused as manifestly unfounded or excessive, or made twice.
 */
@Revision("1")
public record SubjectAccessRequestClosed(
        SubjectAccessRequestId requestId, PersonId personId, String reason, LocalDate closedOn)
        implements SubjectAccessRequestEvent {}
