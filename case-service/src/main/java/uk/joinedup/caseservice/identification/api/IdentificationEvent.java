package uk.joinedup.caseservice.identification.api;

/** Everything that can happen to a candidate for early help, in the past tense. */
public sealed interface IdentificationEvent permits CandidateDecided {

    CandidateId candidateId();
}
