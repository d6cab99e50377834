package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Each kind of fact may be recorded only by the kinds of agency that hold that information. */
class NotRecordableByAgency extends RuleViolation {

    NotRecordableByAgency(String fact, AgencyKind agencyKind) {
        super(
                "not-recordable-by-agency",
                "A " + agencyKind.name().replace('_', ' ').toLowerCase(java.util.Locale.UK) + " agency cannot record \""
                        + inWords(fact) + "\"");
    }
}
