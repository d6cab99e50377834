package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A case closes when its plan's actions are done, or on a team manager's recorded override. */
class OpenActionsRemain extends RuleViolation {

    OpenActionsRemain(int open) {
        super(
                "open-actions-remain",
                open + (open == 1 ? " action is" : " actions are")
                        + " still open: complete them, or ask a team manager to override");
    }
}
