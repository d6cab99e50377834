package uk.joinedup.caseservice.infrastructure.eventstore;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs {@link SealExistingEvents} in a thread of its own once the service has started, window after window until
 * it is complete, while commands and read models carry on. When another instance holds the migration, or a window
 * fails, it tries again after the claim timeout; on shutdown it stops between windows, to resume from the
 * checkpoint on the next start. With sealing off it does not run (and erasures wait).
 */
final class SealExistingEventsInBackground implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SealExistingEventsInBackground.class);

    private final SealExistingEvents migration;
    private final boolean sealing;
    private final Duration retryAfter;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "seal-existing-events");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    SealExistingEventsInBackground(SealExistingEvents migration, boolean sealing, Duration retryAfter) {
        this.migration = migration;
        this.sealing = sealing;
        this.retryAfter = retryAfter;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!sealing) {
            log.warn("Sealing is off: the events written before sealing stay in plaintext, and erasures wait");
            return;
        }
        thread.execute(this::runToCompletion);
    }

    void runToCompletion() {
        while (!stopping) {
            SealExistingEvents.Step step;
            try {
                step = migration.step();
            } catch (RuntimeException e) {
                log.warn(
                        "Sealing the events written before sealing failed at a window, to be tried again: {}",
                        e.getClass().getName());
                step = SealExistingEvents.Step.CLAIMED_ELSEWHERE;
            }
            if (step == SealExistingEvents.Step.COMPLETE
                    || (step == SealExistingEvents.Step.CLAIMED_ELSEWHERE && !pause())) {
                return;
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(retryAfter.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops between windows; the next start resumes from the checkpoint. */
    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
