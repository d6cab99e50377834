package uk.joinedup.caseservice.emergency.record;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.emergency.record.OverrideProjection.PersonOverrides;
import uk.joinedup.caseservice.emergency.record.OverrideProjection.ReviewQueue;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.sharing.EmergencyAccess;

/**
 * Reads the emergency overrides of a person's record, unfiltered, for the policy to time and for callers
 * that apply the sharing policy before showing anything; and the overrides awaiting review.
 */
@Component
public class OverrideRecords {

    private static final Comparator<OverrideRecord> NEWEST_FIRST = Comparator.comparing(OverrideRecord::from)
            .thenComparing(OverrideRecord::overrideId)
            .reversed();

    private final DocumentCollection<PersonOverrides> people;
    private final DocumentCollection<ReviewQueue> queue;

    OverrideRecords(MongoDocuments documents) {
        this.people = documents.collection(OverrideProjection.COLLECTION, PersonOverrides.class);
        this.queue = documents.collection(OverrideProjection.QUEUE_COLLECTION, ReviewQueue.class);
    }

    /** Every override of the person's record, ended ones included. */
    public List<EmergencyAccess> accessTo(String personId) {
        return of(personId).stream().map(OverrideRecord::access).toList();
    }

    /** Every override of the person's record as stored, newest first. */
    public List<OverrideRecord> of(String personId) {
        return people.find(personId)
                .map(overrides -> overrides.overrides().values().stream()
                        .sorted(NEWEST_FIRST)
                        .toList())
                .orElse(List.of());
    }

    /** Every override awaiting review, oldest first. */
    List<OverrideRecord> awaitingReview() {
        Map<String, String> awaiting = queue.find(OverrideProjection.AWAITING_REVIEW)
                .map(ReviewQueue::overrides)
                .orElse(Map.of());
        return people.findAll(new HashSet<>(awaiting.values())).stream()
                .flatMap(person -> person.overrides().values().stream())
                .filter(override -> awaiting.containsKey(override.overrideId()))
                .sorted(NEWEST_FIRST.reversed())
                .toList();
    }
}
