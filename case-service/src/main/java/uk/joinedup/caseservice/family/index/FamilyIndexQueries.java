package uk.joinedup.caseservice.family.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;
import uk.joinedup.caseservice.person.api.FindPeopleMatching;
import uk.joinedup.caseservice.person.api.FindPeopleMatching.Matched;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Looks families up by the words of their name (by key), by their members' names and postcodes (the person
 * index finds the people, {@code member:<personId>} keys their families), then reads only the page shown
 * by family id. Families found by their own name come before families found by a member's.
 */
@Component
class FamilyIndexQueries {

    private final KeyBuckets keys;
    private final FamilyRecords families;
    private final QueryGateway queries;
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    FamilyIndexQueries(MongoDocuments documents, FamilyRecords families, @Lazy QueryGateway queries, Clock clock) {
        this.clock = clock;
        this.keys = new KeyBuckets(documents, FamilyIndex.KEYS);
        this.families = families;
        this.queries = queries;
    }

    @QueryHandler
    FamiliesFound handle(FindFamilies query) {
        List<String> words = query.name() == null ? List.of() : FamilyIndex.wordsOf(query.name());
        boolean byPostcode = query.postcode() != null && !query.postcode().isBlank();
        // Name, case status and lead professional only: that a family exists and whom to contact.
        boolean existenceVisible = disclosure.mayShow(
                Viewer.of(query.viewer(), clock.instant()),
                Subject.related(WorkingRelationship.NONE),
                SharedEntry.existence());
        if ((words.isEmpty() && !byPostcode) || !existenceVisible) {
            return FamiliesFound.none(query.page());
        }
        Map<String, Candidate> found = new HashMap<>();
        if (!words.isEmpty()) {
            Set<String> inPostcode =
                    byPostcode ? familiesOf(people(List.of(), query.postcode())).keySet() : null;
            byFamilyName(words).forEach(candidate -> {
                if (inPostcode == null || inPostcode.contains(candidate.familyId())) {
                    keepBest(found, candidate);
                }
            });
        }
        List<Matched> members = people(words, byPostcode ? query.postcode() : null);
        String reason = words.isEmpty() ? "POSTCODE" : "MEMBER_NAME";
        familiesOf(members)
                .forEach((familyId, member) ->
                        keepBest(found, new Candidate(familyId, member.filing(), 1, score(member.matched()), reason)));
        List<Candidate> ranked = new ArrayList<>(found.values());
        ranked.sort(BEST_FIRST);
        return page(ranked, query.page());
    }

    /** The families whose own name has every word, with how well it matched. */
    private List<Candidate> byFamilyName(List<String> words) {
        Map<String, List<String>> wordKeys = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        boolean anyKeyed = words.stream().anyMatch(NameMatching::keyed);
        for (String word : words) {
            if (anyKeyed && !NameMatching.keyed(word)) {
                continue; // too short for a key of its own: checked against the other words' candidates
            }
            List<String> forWord = new ArrayList<>();
            forWord.add(NameMatching.prefixKey(word));
            NameMatching.soundsOf(word).forEach(code -> forWord.add("phon:" + code));
            wordKeys.put(word, forWord);
            wanted.addAll(forWord);
        }
        Map<String, Map<String, String>> filed = keys.read(wanted);
        Map<String, String> candidates = null;
        for (List<String> forWord : wordKeys.values()) {
            Map<String, String> union = new HashMap<>();
            forWord.forEach(key -> union.putAll(filed.getOrDefault(key, Map.of())));
            if (candidates == null) {
                candidates = union;
            } else {
                candidates.keySet().retainAll(union.keySet());
            }
        }
        List<Candidate> matched = new ArrayList<>();
        candidates.forEach((familyId, filing) -> {
            List<String> nameWords = filing.isBlank() ? List.of() : List.of(filing.split(" "));
            List<NameMatching.Kind> kinds = words.stream()
                    .map(word -> NameMatching.match(word, nameWords))
                    .toList();
            NameMatching.Score score = NameMatching.Score.of(kinds);
            if (score != null) {
                String reason =
                        switch (score.weakest()) {
                            case EXACT -> "NAME";
                            case PREFIX -> "NAME_STARTS_WITH";
                            case SOUNDS_LIKE -> "NAME_SOUNDS_LIKE";
                        };
                matched.add(new Candidate(familyId, filing, 0, score, reason));
            }
        });
        return matched;
    }

    private List<Matched> people(List<String> words, String postcode) {
        return queries.query(new FindPeopleMatching(words, postcode), ResponseTypes.multipleInstancesOf(Matched.class))
                .join();
    }

    /** The families these people are members of now, each with its best-matching member. */
    private Map<String, Member> familiesOf(List<Matched> people) {
        Map<String, Matched> byMemberKey = new HashMap<>();
        people.forEach(person -> byMemberKey.put(FamilyIndex.memberKey(person.personId()), person));
        Map<String, Member> families = new HashMap<>();
        keys.read(byMemberKey.keySet())
                .forEach((memberKey, filed) -> filed.forEach((familyId, filing) -> {
                    Member member = new Member(byMemberKey.get(memberKey), filing);
                    families.merge(
                            familyId,
                            member,
                            (one, other) -> score(one.matched()).compareTo(score(other.matched())) <= 0 ? one : other);
                }));
        return families;
    }

    private static NameMatching.Score score(Matched person) {
        return new NameMatching.Score(person.exact(), person.prefix(), person.soundsLike());
    }

    private FamiliesFound page(List<Candidate> ranked, int page) {
        int size = FamiliesFound.PAGE_SIZE;
        int totalPages = (ranked.size() + size - 1) / size;
        int from = (int) Math.min((long) (page - 1) * size, ranked.size());
        List<Candidate> shown = ranked.subList(from, Math.min(from + size, ranked.size()));
        Map<String, FamilyRecord> byId = new HashMap<>();
        families.findAll(shown.stream().map(Candidate::familyId).toList())
                .forEach(family -> byId.put(family.familyId(), family));
        List<FamilyMatch> results = shown.stream()
                .filter(candidate -> byId.containsKey(candidate.familyId()))
                .map(candidate -> match(byId.get(candidate.familyId()), candidate.reason()))
                .toList();
        return new FamiliesFound(page, size, ranked.size(), totalPages, results);
    }

    private static void keepBest(Map<String, Candidate> found, Candidate candidate) {
        found.merge(candidate.familyId(), candidate, (one, other) -> BEST_FIRST.compare(one, other) <= 0 ? one : other);
    }

    private static FamilyMatch match(FamilyRecord family, String reason) {
        return new FamilyMatch(
                family.familyId(),
                family.name(),
                family.status(),
                family.lead() != null ? family.lead().member().name() : null,
                (int) family.members().values().stream()
                        .filter(FamilyRecord.Member::current)
                        .count(),
                reason);
    }

    /** By their own name first, then best matches, then in name order, then by id so that pages are stable. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::group)
            .thenComparing(Candidate::score)
            .thenComparing(Candidate::filing)
            .thenComparing(Candidate::familyId);

    /**
     * A family found, before its page is read.
     *
     * @param group 0 when found by its own name, 1 by a member's
     */
    private record Candidate(String familyId, String filing, int group, NameMatching.Score score, String reason) {}

    /** The member by whom a family was found, and the family's name's words. */
    private record Member(Matched matched, String filing) {}
}
