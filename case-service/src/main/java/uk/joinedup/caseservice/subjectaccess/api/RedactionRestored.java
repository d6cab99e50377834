package uk.joinedup.caseservice.subjectaccess.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/** An override was taken back: the item is redacted again, as the rules would have it. */
@Revision("1")
public record RedactionRestored(SubjectAccessRequestId requestId, PersonId personId, String itemId)
        implements SubjectAccessRequestEvent {}
