package uk.joinedup.caseservice.outcomes.claims.domain;

import java.time.LocalDate;
import java.util.Locale;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A family is never claimed for twice for the same result: the refusal names the claim that holds it. */
class AlreadyClaimed extends RuleViolation {

    AlreadyClaimed(String reference, ClaimStatus status, LocalDate on) {
        super(
                "already-claimed",
                "This result has already been claimed: claim " + reference + ", "
                        + status.name().toLowerCase(Locale.UK) + " on " + inWords(on));
    }
}
