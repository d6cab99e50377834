package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** Open cases nobody leads: for team managers to allocate. */
public record FindCasesWithoutLeadProfessional(Actor viewer) {}
