package uk.joinedup.caseservice.outcomes.claims.domain;

import java.util.Locale;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a submitted claim is paid or rejected, and only once. */
class NotSubmitted extends RuleViolation {

    NotSubmitted(String reference, ClaimStatus status) {
        super(
                "claim-not-submitted",
                "Claim " + reference + " is " + status.name().toLowerCase(Locale.UK)
                        + ": only a submitted claim can be recorded as paid or rejected");
    }
}
