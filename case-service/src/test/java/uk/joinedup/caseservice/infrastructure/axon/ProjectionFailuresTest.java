package uk.joinedup.caseservice.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyRegistered;

class ProjectionFailuresTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProjectionFailures failures =
            new ProjectionFailures(meters, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void isUpWhileEveryReadModelKeepsUp() {
        assertThat(failures.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aFailedEventIsCountedByReadModelAndEventTypeAndTakesTheHealthDown() {
        failures.onError(
                new IllegalStateException("Walker family, 12 Acacia Road"),
                new GenericDomainEventMessage<>(
                        "Family", "family-1", 4, new FamilyRegistered(new FamilyId("family-1"), "Walker", null)),
                new AnnotationEventHandlerAdapter(new BrokenProjection()));

        assertThat(meters.counter(ProjectionFailures.METRIC, "readModel", "broken", "event", "FamilyRegistered")
                        .count())
                .isEqualTo(1.0);
        Health health = failures.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failures", 1L);
        assertThat(health.getDetails().get("latest").toString())
                .contains("broken", "FamilyRegistered", "family-1#4", "IllegalStateException")
                .doesNotContain("Acacia", "Walker");
    }

    @ProcessingGroup("broken")
    static class BrokenProjection {

        @EventHandler
        void on(FamilyRegistered event) {
            throw new IllegalStateException("never called here");
        }
    }
}
