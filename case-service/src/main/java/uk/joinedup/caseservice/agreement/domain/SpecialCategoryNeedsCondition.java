package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Health and substance-misuse information is shared under an agreement only if it cites a UK GDPR article 9 condition. */
class SpecialCategoryNeedsCondition extends RuleViolation {

    SpecialCategoryNeedsCondition() {
        super(
                "special-category-needs-condition",
                "To share health or substance misuse information, the agreement must cite a UK GDPR article 9"
                        + " condition (substantial public interest, or health or social care)");
    }
}
