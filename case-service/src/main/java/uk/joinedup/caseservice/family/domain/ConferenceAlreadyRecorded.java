package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A conference is recorded once. */
class ConferenceAlreadyRecorded extends RuleViolation {

    ConferenceAlreadyRecorded() {
        super("conference-already-recorded", "This conference is already recorded");
    }
}
