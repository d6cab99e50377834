package uk.joinedup.caseservice.views.outcomes;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * People's outcome facts, consents and overrides as {@link OutcomeFactsProjection} filed them: their buckets
 * read by {@code _id}, versioned and converted once per version (ADR 20, 22).
 */
@Component
class OutcomeBuckets {

    private final DocumentCollection<FactBucket> buckets;

    OutcomeBuckets(MongoDocuments documents) {
        this.buckets = documents.versionedCollection(OutcomeFactsProjection.COLLECTION, FactBucket.class);
    }

    /** The people filed with a date of birth among these, by person id. */
    Map<String, OutcomePerson> people(Collection<String> personIds) {
        Map<String, String> bucketIds = new HashMap<>();
        personIds.forEach(personId -> bucketIds.put(personId, OutcomeFactsProjection.bucketOf(personId)));
        Map<String, FactBucket> filed = new HashMap<>();
        buckets.findAll(new HashSet<>(bucketIds.values())).forEach(bucket -> filed.put(bucket.bucketId(), bucket));
        Map<String, OutcomePerson> people = new HashMap<>();
        bucketIds.forEach((personId, bucketId) -> {
            FactBucket bucket = filed.get(bucketId);
            OutcomePerson person = bucket == null ? null : bucket.people().get(personId);
            if (person != null && person.dateOfBirth() != null) {
                people.put(personId, person);
            }
        });
        return people;
    }

    /** Reads and converts every bucket a few hundred at a time, for the warm-up. */
    int warmUp() {
        int read = 0;
        for (List<String> some : Chunks.of(OutcomeFactsProjection.allBuckets())) {
            read += buckets.findAll(some).size();
        }
        return read;
    }
}
