package uk.joinedup.caseservice.emergency.record;

import uk.joinedup.caseservice.agency.Actor;

/** The emergency overrides the viewer may review and that await review. */
public record FindOverridesAwaitingReview(Actor viewer) {}
