package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.agency.Actor;

/** The emergency overrides of a person's record, as the viewer may see them. */
public record FindOverridesOf(String personId, Actor viewer) {}
