package uk.joinedup.caseservice.imports.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what a finished import staged (its rows, their results, its rows to review and their decisions) {@code
 * joinedup.imports.keep-staged-for} (30 days) after it was imported, every day and shortly after start-up; the job
 * and its report's counts stay. Staging is working data, and the events are the record: keeping the rows of a
 * document about hundreds of people for good would keep their names, dates of birth and facts outside the
 * record's own retention. Rows still waiting for review are deleted with the rest.
 */
@Component
class StagingExpiry {

    private static final Logger log = LoggerFactory.getLogger(StagingExpiry.class);

    private final ImportStore store;
    private final Clock clock;
    private final Duration keptFor;

    StagingExpiry(ImportStore store, Clock clock, @Value("${joinedup.imports.keep-staged-for:P30D}") Duration keptFor) {
        this.store = store;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${joinedup.imports.staging-sweep-every:P1D}")
    void sweep() {
        int forgotten = forgetExpired(clock);
        if (forgotten > 0) {
            log.info("Imports: deleted the staging of {} imports finished over {} ago", forgotten, keptFor);
        }
    }

    /** Deletes the staging of the imports that finished longer than the time kept before the clock's now; how many. */
    int forgetExpired(Clock now) {
        Instant at = now.instant();
        Instant finishedBefore = at.minus(keptFor);
        int forgotten = 0;
        for (ImportJob job : store.withStagingKept()) {
            if (job.finished()
                    .filter(finished -> finished.isBefore(finishedBefore))
                    .isPresent()) {
                store.forgetStaging(job, at);
                forgotten++;
            }
        }
        return forgotten;
    }
}
