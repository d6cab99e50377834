package uk.joinedup.caseservice.subjectaccess.api;

import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to a subject access request, in the past tense. */
public sealed interface SubjectAccessRequestEvent extends PersonalData
        permits SubjectAccessRequested,
                RedactionOverridden,
                RedactionRestored,
                SubjectAccessResponseReleased,
                SubjectAccessRequestClosed,
                SubjectAccessDeadlineExtended {

    SubjectAccessRequestId requestId();

    PersonId personId();

    @Override
    default DataSubject dataSubject() {
        return DataSubject.person(personId().value());
    }
}
