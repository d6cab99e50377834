package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * Rides in the processor that keeps the read models up to date and records, while asked to, how long
 * after an event happened the processor handled it: the lag of every read model.
 */
@ProcessingGroup("projection-lag-probe")
final class ProjectionLagProbe {

    private volatile Latencies recording;

    void recordInto(Latencies latencies) {
        recording = latencies;
    }

    void stopRecording() {
        recording = null;
    }

    @EventHandler
    void on(Object event, @Timestamp Instant occurred) {
        Latencies latencies = recording;
        if (latencies != null) {
            latencies.add(Duration.between(occurred, Instant.now()).toNanos());
        }
    }
}
