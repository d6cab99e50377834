package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** The transfers of cases to the viewer's agency awaiting its decision: its team managers' inbox. */
public record FindTransfersAwaitingDecision(Actor viewer) {}
