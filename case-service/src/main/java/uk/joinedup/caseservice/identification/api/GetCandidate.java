package uk.joinedup.caseservice.identification.api;

import uk.joinedup.caseservice.agency.Actor;

/** One candidate now on the viewer's list, with its members' roles; empty if it is not on it. */
public record GetCandidate(Actor viewer, CandidateId candidateId) {}
