package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.agency.Actor;

/** The agencies whose entries on a person's record the sharing policy withholds from the viewer now. */
public record GetWithheldAgencies(String personId, Actor viewer) {}
