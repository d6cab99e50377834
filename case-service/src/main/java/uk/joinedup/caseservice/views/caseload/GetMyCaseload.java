package uk.joinedup.caseservice.views.caseload;

import uk.joinedup.caseservice.agency.Actor;

/** One page of the signed-in keyworker's families, with what awaits them as lead professional. */
public record GetMyCaseload(Actor viewer, int page) {}
