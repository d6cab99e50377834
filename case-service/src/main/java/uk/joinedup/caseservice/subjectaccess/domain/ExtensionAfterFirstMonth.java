package uk.joinedup.caseservice.subjectaccess.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * The person must be told of an extension, with its reasons, within the first month (UK GDPR Art. 12(3)): after
 * the statutory deadline it is too late to extend.
 */
class ExtensionAfterFirstMonth extends RuleViolation {

    ExtensionAfterFirstMonth(LocalDate firstMonthEnded) {
        super(
                "extension-after-first-month",
                "The deadline can only be extended within the first month, which ended on " + inWords(firstMonthEnded)
                        + ": the person must be told of an extension within it");
    }
}
