package uk.joinedup.caseservice.emergency.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideEvent;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideReviewed;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;

/**
 * Keeps one document per person with every override of their record, and the queue of overrides awaiting
 * review. Each override is its own stream, so several may be handled at once: each is written as one
 * atomic update of its own entry, in the person's document and in the queue. Replays are harmless.
 */
@Component
@ProcessingGroup("emergency-overrides")
class OverrideProjection {

    static final String COLLECTION = "emergency_overrides";
    static final String OVERRIDES = "overrides";
    static final String QUEUE_COLLECTION = "emergency_override_queue";
    static final String AWAITING_REVIEW = "awaiting-review";

    private final DocumentCollection<PersonOverrides> people;
    private final DocumentCollection<ReviewQueue> queue;

    OverrideProjection(MongoDocuments documents) {
        this.people = documents.collection(COLLECTION, PersonOverrides.class);
        this.queue = documents.collection(QUEUE_COLLECTION, ReviewQueue.class);
    }

    @EventHandler
    void on(EmergencyOverrideEvent event, DomainEventMessage<?> message) {
        String personId = event.personId().value();
        String overrideId = event.overrideId().value();
        // the queue first: both changes are idempotent, and a retry after a failure redoes both
        if (event instanceof EmergencyAccessGranted) {
            queue.putEntry(AWAITING_REVIEW, OVERRIDES, overrideId, personId);
        } else if (event instanceof EmergencyOverrideReviewed) {
            queue.removeEntry(AWAITING_REVIEW, OVERRIDES, overrideId);
        }
        OverrideRecord current = people.find(personId)
                .map(overrides -> overrides.overrides().get(overrideId))
                .orElse(null);
        if (current != null && current.version() >= message.getSequenceNumber()) {
            return;
        }
        people.putRecordEntry(
                personId,
                OVERRIDES,
                overrideId,
                OverrideRecordEvolver.evolve(current, event, Recorded.from(message), message.getSequenceNumber()));
    }

    /** The overrides of the person's record go, and those of them awaiting review leave the queue. */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        people.find(personId).ifPresent(person -> {
            person.overrides()
                    .keySet()
                    .forEach(overrideId -> queue.removeEntry(AWAITING_REVIEW, OVERRIDES, overrideId));
            people.delete(personId);
        });
    }

    @ResetHandler
    void reset() {
        people.deleteAll();
        queue.deleteAll();
    }

    /** The overrides of a person's record as stored, by override id. */
    record PersonOverrides(@JsonProperty("_id") String personId, Map<String, OverrideRecord> overrides) {

        PersonOverrides {
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }
    }

    /** The overrides awaiting review: override id to person id. */
    record ReviewQueue(@JsonProperty("_id") String key, Map<String, String> overrides) {

        ReviewQueue {
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }
    }
}
