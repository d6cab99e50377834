package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A correction cannot move an attendance record onto a term the child already has one for. */
class AttendanceAlreadyRecorded extends RuleViolation {

    AttendanceAlreadyRecorded(String academicYear, Term term) {
        super(
                "attendance-already-recorded",
                "This child's attendance for the " + inWords(term.name()) + " term of " + academicYear
                        + " is already recorded: correct that record instead");
    }
}
