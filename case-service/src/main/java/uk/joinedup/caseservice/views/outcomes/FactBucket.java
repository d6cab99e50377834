package uk.joinedup.caseservice.views.outcomes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Map;

/**
 * The people of one bucket ({@link OutcomeFactsProjection#bucketOf}), by person id: one document the dashboard
 * reads with the other buckets of its caseload in one {@code _id $in}.
 *
 * @param version raised by every change, so that a bucket read again unchanged is not converted again (ADR 20)
 */
record FactBucket(@JsonProperty("_id") String bucketId, long version, Map<String, OutcomePerson> people) {

    FactBucket {
        people = people == null ? Map.of() : Map.copyOf(people);
    }

    static FactBucket empty(String bucketId) {
        return new FactBucket(bucketId, 0, Map.of());
    }

    OutcomePerson person(String personId) {
        return people.getOrDefault(personId, OutcomePerson.nobody(personId));
    }

    /** The bucket without this person (erased), or this bucket itself if it does not hold them. */
    FactBucket without(String personId) {
        if (!people.containsKey(personId)) {
            return this;
        }
        Map<String, OutcomePerson> changed = new HashMap<>(people);
        changed.remove(personId);
        return new FactBucket(bucketId, version + 1, changed);
    }

    FactBucket with(OutcomePerson person) {
        Map<String, OutcomePerson> changed = new HashMap<>(people);
        changed.put(person.personId(), person);
        return new FactBucket(bucketId, version + 1, changed);
    }
}
