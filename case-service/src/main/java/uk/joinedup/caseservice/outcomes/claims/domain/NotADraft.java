package uk.joinedup.caseservice.outcomes.claims.domain;

import java.util.Locale;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a drafted claim is submitted. */
class NotADraft extends RuleViolation {

    NotADraft(String reference, ClaimStatus status) {
        super(
                "claim-not-draft",
                "Claim " + reference + " is " + status.name().toLowerCase(Locale.UK)
                        + ": only a draft claim can be submitted");
    }
}
