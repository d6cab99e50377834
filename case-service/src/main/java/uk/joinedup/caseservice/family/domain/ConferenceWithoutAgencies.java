package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A case conference or panel is agencies meeting: it names who was there. */
class ConferenceWithoutAgencies extends RuleViolation {

    ConferenceWithoutAgencies() {
        super("conference-without-agencies", "Add at least one practitioner who was at the meeting");
    }
}
