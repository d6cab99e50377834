package uk.joinedup.caseservice.outcomes.claims.api;

import uk.joinedup.caseservice.agency.Actor;

/**
 * The claims page: for the families the viewer's agency is involved in, each result of each scheme the family
 * is eligible for or has been claimed for.
 *
 * @param scheme only this scheme's rows, or null for every scheme
 * @param status only rows whose claim is in this state, or null for all
 */
public record FindClaims(Actor viewer, String scheme, ClaimsList.RowStatus status) {}
