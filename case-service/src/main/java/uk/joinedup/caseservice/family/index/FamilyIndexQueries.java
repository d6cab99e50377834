package uk.joinedup.caseservice.family.index;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.index.FamilyIndex.Bucket;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/** Looks families up by the words of their name, then by id. */
@Component
class FamilyIndexQueries {

    private static final int MAX_RESULTS = 50;

    private final DocumentCollection<Bucket> words;
    private final FamilyRecords families;
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    FamilyIndexQueries(MongoDocuments documents, FamilyRecords families, Clock clock) {
        this.clock = clock;
        this.words = documents.collection(FamilyIndex.COLLECTION, Bucket.class);
        this.families = families;
    }

    @QueryHandler
    List<FamilyMatch> handle(FindFamilies query) {
        List<String> wanted = query.name() == null ? List.of() : FamilyIndex.wordsOf(query.name());
        // Name, case status and lead professional only: that a family exists and whom to contact.
        boolean existenceVisible = disclosure.mayShow(
                Viewer.of(query.viewer(), clock.instant()),
                Subject.related(WorkingRelationship.NONE),
                SharedEntry.existence());
        if (wanted.isEmpty() || !existenceVisible) {
            return List.of();
        }
        Set<String> ids = null;
        for (String word : wanted) {
            Set<String> filed =
                    words.find("word:" + word).map(Bucket::familyIds).orElse(Set.of());
            if (ids == null) {
                ids = new HashSet<>(filed);
            } else {
                ids.retainAll(filed);
            }
        }
        return families.findAll(ids).stream()
                .map(FamilyIndexQueries::match)
                .sorted(Comparator.comparing(FamilyMatch::name))
                .limit(MAX_RESULTS)
                .toList();
    }

    private static FamilyMatch match(FamilyRecord family) {
        return new FamilyMatch(
                family.familyId(),
                family.name(),
                family.status(),
                family.lead() != null ? family.lead().member().name() : null,
                (int) family.members().values().stream()
                        .filter(FamilyRecord.Member::current)
                        .count());
    }
}
