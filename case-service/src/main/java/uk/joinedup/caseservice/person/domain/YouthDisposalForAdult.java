package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Reprimands, final warnings and youth cautions are given only for offences committed under 18. */
class YouthDisposalForAdult extends RuleViolation {

    YouthDisposalForAdult(Disposal disposal) {
        super(
                "youth-disposal-for-adult",
                "A " + disposal.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " is only for offences committed under 18");
    }
}
