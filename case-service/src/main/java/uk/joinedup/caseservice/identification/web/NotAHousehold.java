package uk.joinedup.caseservice.identification.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a household assembled from the data is confirmed as a family: a registered family already is one. */
class NotAHousehold extends RuleViolation {

    NotAHousehold() {
        super("not-a-household", "This candidate is a registered family already, not a household to confirm");
    }
}
