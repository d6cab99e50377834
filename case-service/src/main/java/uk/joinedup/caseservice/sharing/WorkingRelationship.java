package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the viewer relates to the subject of an entry.
 *
 * @param kind lead professional, team member, case manager or none
 * @param since the first date it covers: for a person, the day they joined the household whose team the
 *     viewer is on (what happened to them before is not the team's to see); null when it covers
 *     everything
 */
public record WorkingRelationship(WorkingRelationshipKind kind, LocalDate since) {

    public static final WorkingRelationship NONE = new WorkingRelationship(WorkingRelationshipKind.NONE, null);

    public WorkingRelationship {
        Objects.requireNonNull(kind, "kind");
    }

    public static WorkingRelationship of(WorkingRelationshipKind kind) {
        return new WorkingRelationship(kind, null);
    }

    /** Whether it reaches back to an entry dated {@code businessDate}. */
    public boolean covers(LocalDate businessDate) {
        return since == null || businessDate == null || !businessDate.isBefore(since);
    }

    /** The closer of two relationships; the longer reach when they are as close. */
    public WorkingRelationship closer(WorkingRelationship other) {
        if (kind.ordinal() < other.kind.ordinal()) {
            return this;
        }
        if (kind.ordinal() > other.kind.ordinal()) {
            return other;
        }
        if (since == null || other.since == null) {
            return new WorkingRelationship(kind, null);
        }
        return since.isBefore(other.since) ? this : other;
    }
}
