package uk.joinedup.caseservice.outcomes.claims.api;

import uk.joinedup.caseservice.agency.Actor;

/**
 * One family's evaluation under every scheme, with its evidence and its claims; empty if not the viewer's.
 *
 * @param shown whether the answer is shown to the viewer, and so logged as their view of the family; not when a
 *     claim action reads it only to judge the result it drafts, submits or answers
 */
public record GetFamilyClaims(Actor viewer, String familyId, boolean shown) {}
