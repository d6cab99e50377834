package uk.joinedup.caseservice.infrastructure.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today's date from the application's clock, for the adapters: the day a change is recorded, and the default date. */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    /** Today, the day a change is recorded on. */
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** The date a request gave, or today when it gave none. */
    public LocalDate or(LocalDate date) {
        return date != null ? date : date();
    }
}
