package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.agency.Actor;

/** The consents on a person's record, as the viewer may see them. */
public record GetConsents(String personId, Actor viewer) {}
