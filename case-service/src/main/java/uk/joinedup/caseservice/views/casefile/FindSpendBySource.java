package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.agency.Actor;

/** The family budgets of the cases a team manager manages, by funding source. */
public record FindSpendBySource(Actor viewer) {}
