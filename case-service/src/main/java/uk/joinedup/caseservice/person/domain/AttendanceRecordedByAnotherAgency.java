package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A child has one attendance record a term; only the agency that recorded it can correct it. */
class AttendanceRecordedByAnotherAgency extends RuleViolation {

    AttendanceRecordedByAnotherAgency(String academicYear, Term term) {
        super(
                "attendance-recorded-by-another-agency",
                "Another agency recorded this child's attendance for the " + inWords(term.name()) + " term of "
                        + academicYear + ": ask them to correct it");
    }
}
