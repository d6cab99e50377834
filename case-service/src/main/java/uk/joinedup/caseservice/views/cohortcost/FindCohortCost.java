package uk.joinedup.caseservice.views.cohortcost;

import uk.joinedup.caseservice.agency.Actor;

/** What the families of a team manager's cases cost the public purse in the year before their cases opened and after. */
public record FindCohortCost(Actor viewer) {}
