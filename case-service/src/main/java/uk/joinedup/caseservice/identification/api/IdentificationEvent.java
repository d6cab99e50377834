package uk.joinedup.caseservice.identification.api;

import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to a candidate for early help, in the past tense. */
public sealed interface IdentificationEvent extends PersonalData permits CandidateDecided {

    CandidateId candidateId();

    @Override
    default DataSubject dataSubject() {
        return DataSubject.candidate(candidateId().value());
    }
}
