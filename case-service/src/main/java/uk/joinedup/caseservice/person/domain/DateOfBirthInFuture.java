package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A date of birth cannot be later than the day the person is registered. */
class DateOfBirthInFuture extends RuleViolation {

    DateOfBirthInFuture(LocalDate dateOfBirth) {
        super("date-of-birth-in-future", "Date of birth must be today or in the past");
    }
}
