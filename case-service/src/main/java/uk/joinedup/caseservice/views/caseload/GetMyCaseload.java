package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** The signed-in keyworker's families and people. */
public record GetMyCaseload(Actor viewer) {}
