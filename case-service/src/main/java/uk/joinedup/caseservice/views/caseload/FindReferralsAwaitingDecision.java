package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** One page of the referrals nobody has accepted or declined yet: the team managers' inbox. */
public record FindReferralsAwaitingDecision(Actor viewer, int page) {}
