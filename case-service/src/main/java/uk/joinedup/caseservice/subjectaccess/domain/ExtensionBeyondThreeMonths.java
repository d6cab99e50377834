package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** All extensions together are at most two further months: three months after the request was received. */
class ExtensionBeyondThreeMonths extends RuleViolation {

    ExtensionBeyondThreeMonths() {
        super(
                "extension-beyond-three-months",
                "A deadline can be extended to three months after the request was received at most: choose"
                        + " fewer months");
    }
}
