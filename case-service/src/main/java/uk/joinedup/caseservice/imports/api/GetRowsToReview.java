package uk.joinedup.caseservice.imports.api;

import uk.joinedup.caseservice.agency.Actor;

/** The rows of the viewer's agency's imports that wait for a person to decide who they are about. */
public record GetRowsToReview(Actor viewer) {}
