package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.joinedup.caseservice.person.api.PersonEvent;

/**
 * Rides in the chronology projection's processor and records, while asked to, how long after an event
 * happened the processor handled it: the lag of the person chronology read model.
 */
@ProcessingGroup("person-chronology")
final class ProjectionLagProbe {

    private volatile Latencies recording;

    void recordInto(Latencies latencies) {
        recording = latencies;
    }

    void stopRecording() {
        recording = null;
    }

    @EventHandler
    void on(PersonEvent event, @Timestamp Instant occurred) {
        Latencies latencies = recording;
        if (latencies != null) {
            latencies.add(Duration.between(occurred, Instant.now()).toNanos());
        }
    }
}
