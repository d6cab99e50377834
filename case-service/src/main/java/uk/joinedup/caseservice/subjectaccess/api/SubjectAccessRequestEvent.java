package uk.joinedup.caseservice.subjectaccess.api;

import uk.joinedup.caseservice.person.api.PersonId;

/** Everything that can happen to a subject access request, in the past tense. */
public sealed interface SubjectAccessRequestEvent
        permits SubjectAccessRequested,
                RedactionOverridden,
                RedactionRestored,
                SubjectAccessResponseReleased,
                SubjectAccessRequestClosed {

    SubjectAccessRequestId requestId();

    PersonId personId();
}
