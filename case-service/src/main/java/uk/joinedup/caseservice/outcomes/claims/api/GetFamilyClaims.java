package uk.joinedup.caseservice.outcomes.claims.api;

import uk.joinedup.caseservice.agency.Actor;

/** One family's evaluation under every scheme, with its evidence and its claims; empty if not the viewer's. */
public record GetFamilyClaims(Actor viewer, String familyId) {}
