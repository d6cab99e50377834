package uk.joinedup.caseservice.identification.api;

import uk.joinedup.caseservice.agency.Actor;

/** The families and households who may meet a programme's criteria, as the viewer may see them today. */
public record FindCandidates(Actor viewer) {}
