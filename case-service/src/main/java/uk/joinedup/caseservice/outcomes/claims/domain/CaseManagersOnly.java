package uk.joinedup.caseservice.outcomes.claims.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Claims are made and answered by a team manager of an agency involved in the family's case: the programme's
 * managers, who oversee the case, not the keyworkers who work it (ADR 13, ADR 21).
 */
class CaseManagersOnly extends RuleViolation {

    CaseManagersOnly() {
        super(
                "case-managers-only",
                "Only a team manager of an agency involved in the family's case can make or answer its claims");
    }
}
