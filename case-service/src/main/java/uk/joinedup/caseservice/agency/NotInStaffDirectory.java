package uk.joinedup.caseservice.agency;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only practitioners in the staff directory, who can sign in, can be put on a team or allocated a family. */
public class NotInStaffDirectory extends RuleViolation {

    public NotInStaffDirectory() {
        super("not-in-staff-directory", "This practitioner is not in the staff directory");
    }
}
