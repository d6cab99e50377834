package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A transfer moves the case to another agency; within the lead's agency it is a handover. */
class TransferWithinTheAgency extends RuleViolation {

    TransferWithinTheAgency() {
        super(
                "transfer-within-the-agency",
                "The practitioner is in the same agency as the lead professional: hand the case over instead");
    }
}
