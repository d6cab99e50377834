package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** One page of the people the signed-in user registered, newest first. */
public record FindPeopleRegistered(Actor viewer, int page) {}
