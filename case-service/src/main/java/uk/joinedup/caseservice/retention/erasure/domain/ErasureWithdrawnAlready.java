package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A withdrawn erasure is neither decided nor withdrawn again until the review proposes it anew. */
class ErasureWithdrawnAlready extends RuleViolation {

    ErasureWithdrawnAlready() {
        super("erasure-withdrawn", "This erasure was withdrawn: the record is no longer due for erasure");
    }
}
