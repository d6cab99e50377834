package uk.joinedup.caseservice.identification.domain;

import java.util.Locale;
import uk.joinedup.caseservice.identification.api.CandidateDecision;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * The same decision with the same reason as the latest says nothing new: it is not recorded again (a double
 * submission). The same decision for another reason is recorded.
 */
class NothingNew extends RuleViolation {

    NothingNew(CandidateDecision latest) {
        super(
                "already-decided",
                "This candidate's latest decision is already "
                        + latest.name().replace('_', ' ').toLowerCase(Locale.UK)
                        + " for that reason");
    }
}
