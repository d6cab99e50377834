package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** One page of the open cases nobody leads: for team managers to allocate. */
public record FindCasesWithoutLeadProfessional(Actor viewer, int page) {}
