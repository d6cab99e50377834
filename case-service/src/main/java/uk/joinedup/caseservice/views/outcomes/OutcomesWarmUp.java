package uk.joinedup.caseservice.views.outcomes;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is ready, reads what the outcomes dashboard reads on a thread of its own ({@link
 * RecordsForOutcomes#warmUp}), so that the first manager after a start does not wait for every bucket and family
 * record to be read and converted (ADR 24). Off with {@code joinedup.outcomes.warm-up=false}. Logs counts and
 * time only.
 */
@Component
public class OutcomesWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomesWarmUp.class);

    private final RecordsForOutcomes records;
    private final boolean enabled;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    OutcomesWarmUp(RecordsForOutcomes records, @Value("${joinedup.outcomes.warm-up:true}") boolean enabled) {
        this.records = records;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            done.complete(null);
            return;
        }
        Thread thread = new Thread(this::warmUp, "outcomes-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Completes when the warm-up has finished, or failed, or was off. */
    public CompletableFuture<Void> done() {
        return done;
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            int[] read = records.warmUp();
            LOG.info(
                    "Outcomes read models warmed up: {} buckets and {} families in {} ms",
                    read[0],
                    read[1],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failed) {
            LOG.warn(
                    "Outcomes warm-up stopped ({}): the first dashboard will read what it needs",
                    failed.getClass().getSimpleName());
        } finally {
            done.complete(null);
        }
    }
}
