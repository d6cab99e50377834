package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Each kind of fact may be recorded only by the kinds of agency that hold that information. */
class NotRecordableByAgency extends RuleViolation {

    NotRecordableByAgency(String fact, AgencyKind agencyKind) {
        super(
                "not-recordable-by-agency",
                "A " + agencyKind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " agency cannot record "
                        + fact);
    }
}
