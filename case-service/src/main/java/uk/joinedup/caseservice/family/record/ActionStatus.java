package uk.joinedup.caseservice.family.record;

import java.time.LocalDate;

/** Where an action of a support plan stands on a given day. */
public enum ActionStatus {
    OVERDUE,
    OPEN,
    DONE;

    static ActionStatus of(LocalDate dueOn, LocalDate completedOn, LocalDate day) {
        if (completedOn != null) {
            return DONE;
        }
        return dueOn.isBefore(day) ? OVERDUE : OPEN;
    }

    public boolean outstanding() {
        return this != DONE;
    }
}
