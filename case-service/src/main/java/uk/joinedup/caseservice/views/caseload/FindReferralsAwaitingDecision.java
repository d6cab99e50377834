package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** Referrals nobody has accepted or declined yet: the team managers' inbox. */
public record FindReferralsAwaitingDecision(Actor viewer) {}
