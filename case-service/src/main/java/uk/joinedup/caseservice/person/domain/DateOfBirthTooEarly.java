package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A date of birth before 1900 is a mistake: nobody the service works with was born then. */
class DateOfBirthTooEarly extends RuleViolation {

    DateOfBirthTooEarly(LocalDate dateOfBirth) {
        super("date-of-birth-too-early", "Date of birth must be on or after 1 January 1900");
    }
}
