package uk.joinedup.caseservice.family.index;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.family.index.FamilyIndex.Bucket;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Looks families up by the words of their name, then by id. Each search is an access: it is logged, with
 * what was searched for and the current members of the families found, before it is answered.
 */
@Component
class FamilyIndexQueries {

    private static final int MAX_RESULTS = 50;

    private final DocumentCollection<Bucket> words;
    private final FamilyRecords families;
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;
    private final AccessLog accessLog;

    FamilyIndexQueries(MongoDocuments documents, FamilyRecords families, Clock clock, AccessLog accessLog) {
        this.clock = clock;
        this.accessLog = accessLog;
        this.words = documents.collection(FamilyIndex.COLLECTION, Bucket.class);
        this.families = families;
    }

    @QueryHandler
    List<FamilyMatch> handle(FindFamilies query) {
        List<FamilyRecord> found = find(query);
        log(query, found);
        return found.stream().map(FamilyIndexQueries::match).toList();
    }

    private List<FamilyRecord> find(FindFamilies query) {
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
                .sorted(Comparator.comparing(FamilyRecord::name))
                .limit(MAX_RESULTS)
                .toList();
    }

    /** A family found tells that its members are in it: the log names them, as it names a view's members. */
    private void log(FindFamilies query, List<FamilyRecord> found) {
        Actor actor = query.viewer();
        Set<String> personIds = found.stream()
                .flatMap(family -> family.members().values().stream())
                .filter(FamilyRecord.Member::current)
                .map(FamilyRecord.Member::personId)
                .collect(Collectors.toSet());
        accessLog.append(new AccessRecord(
                clock.instant(),
                actor.userId(),
                actor.name(),
                actor.agency(),
                Viewed.FAMILY_SEARCH,
                null,
                personIds,
                found.isEmpty() ? Map.of() : Map.of(InformationCategory.FAMILY, Set.of(Basis.MATCHING)),
                Map.of(),
                List.of(),
                "family name: " + (query.name() == null ? "" : query.name().strip())));
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
