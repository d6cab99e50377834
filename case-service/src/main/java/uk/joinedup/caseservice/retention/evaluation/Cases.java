package uk.joinedup.caseservice.retention.evaluation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A subject's cases, as retention sees them: whether one is open now, and the day the last one closed.
 *
 * @param open whether a case (the family's, or a family's the person belongs to) is open
 * @param lastClosed the day the last case closed, if one ever has
 */
public record Cases(boolean open, Optional<LocalDate> lastClosed) {

    public static final Cases NONE = new Cases(false, Optional.empty());

    public static Cases oneOpen() {
        return new Cases(true, Optional.empty());
    }

    public static Cases closedOn(LocalDate day) {
        return new Cases(false, Optional.of(day));
    }
}
