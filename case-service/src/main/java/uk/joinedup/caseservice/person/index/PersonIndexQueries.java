package uk.joinedup.caseservice.person.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.person.index.PersonIndex.Bucket;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Searches the person index: every lookup is by key, then by person id. (Each search is logged as an
 * access by {@code views.search}, which sees the queries and their answers.)
 */
@Component
class PersonIndexQueries {

    /** Names this alike (Jaro-Winkler, 0 to 1) on the same date of birth are worth a second look. */
    static final double SIMILAR = 0.85;

    private static final int MAX_RESULTS = 50;

    private final DocumentCollection<IndexedPerson> people;
    private final DocumentCollection<Bucket> keys;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    PersonIndexQueries(MongoDocuments documents, Clock clock) {
        this.clock = clock;
        this.people = documents.collection(PersonIndex.PEOPLE, IndexedPerson.class);
        this.keys = documents.collection(PersonIndex.KEYS, Bucket.class);
    }

    @QueryHandler
    List<PersonMatch> handle(FindPeople query) {
        return find(query);
    }

    @QueryHandler
    List<PersonMatch> handle(FindPossibleDuplicates query) {
        return possibleDuplicates(query);
    }

    /** For other features' checks (not shown to anyone): whether the person is in the index. */
    @QueryHandler
    Boolean handle(IsPersonRegistered query) {
        return people.find(query.personId().value()).isPresent();
    }

    private List<PersonMatch> find(FindPeople query) {
        if (!existenceVisibleTo(query.viewer())) {
            return List.of();
        }
        if (query.identifier() != null && !query.identifier().isBlank()) {
            return identifierKey(query.identifier())
                    .map(key -> matches(filedUnder(key), "IDENTIFIER"))
                    .orElse(List.of());
        }
        if (query.familyName() == null
                || IndexedPerson.normalise(query.familyName()).isEmpty()) {
            return List.of();
        }
        String given = query.givenNames() != null ? IndexedPerson.normalise(query.givenNames()) : "";
        return people.findAll(filedUnder(IndexedPerson.surnameKey(query.familyName()))).stream()
                .filter(person -> IndexedPerson.normalise(person.givenNames()).startsWith(given))
                .filter(person ->
                        query.dateOfBirth() == null || query.dateOfBirth().equals(person.dateOfBirth()))
                .sorted(Comparator.comparing(IndexedPerson::fullName))
                .limit(MAX_RESULTS)
                .map(person -> match(person, "NAME"))
                .toList();
    }

    private List<PersonMatch> possibleDuplicates(FindPossibleDuplicates query) {
        if (!existenceVisibleTo(query.viewer())) {
            return List.of();
        }
        PersonDetails details = query.details();
        Map<String, String> reasons = new LinkedHashMap<>();
        if (details.identifiers() != null) {
            if (details.identifiers().nhsNumber() != null) {
                filedUnder("nhs:" + details.identifiers().nhsNumber())
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_NHS_NUMBER"));
            }
            if (details.identifiers().nationalInsuranceNumber() != null) {
                filedUnder("nino:" + details.identifiers().nationalInsuranceNumber())
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_NATIONAL_INSURANCE_NUMBER"));
            }
            if (details.identifiers().uniquePupilNumber() != null) {
                filedUnder("upn:" + details.identifiers().uniquePupilNumber())
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_UNIQUE_PUPIL_NUMBER"));
            }
        }
        String name = IndexedPerson.normalise(
                details.name().givenNames() + details.name().familyName());
        people.findAll(filedUnder(IndexedPerson.dobKey(details.dateOfBirth()))).stream()
                .filter(person ->
                        similarity.apply(name, IndexedPerson.normalise(person.givenNames() + person.familyName()))
                                >= SIMILAR)
                .forEach(person -> reasons.putIfAbsent(person.personId(), "SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME"));
        List<PersonMatch> matches = new ArrayList<>();
        people.findAll(reasons.keySet()).forEach(person -> matches.add(match(person, reasons.get(person.personId()))));
        matches.sort(Comparator.comparing(PersonMatch::familyName).thenComparing(PersonMatch::givenNames));
        return matches;
    }

    /** The index answers identity only (name and date of birth): what the policy shows to match people. */
    private boolean existenceVisibleTo(Actor actor) {
        return disclosure.mayShow(
                Viewer.of(actor, clock.instant()), Subject.related(WorkingRelationship.NONE), SharedEntry.existence());
    }

    private Set<String> filedUnder(String key) {
        return keys.find(key).map(Bucket::personIds).orElse(Set.of());
    }

    private List<PersonMatch> matches(Collection<String> ids, String reason) {
        return people.findAll(ids).stream().map(person -> match(person, reason)).toList();
    }

    private static PersonMatch match(IndexedPerson person, String reason) {
        return new PersonMatch(
                person.personId(), person.givenNames(), person.familyName(), person.dateOfBirth(), reason);
    }

    /** The index key of whichever kind of identifier the text is, if it is one. */
    private static java.util.Optional<String> identifierKey(String typed) {
        if (NhsNumber.problemWith(typed).isEmpty()) {
            return java.util.Optional.of("nhs:" + NhsNumber.parse(typed));
        }
        if (NationalInsuranceNumber.problemWith(typed).isEmpty()) {
            return java.util.Optional.of("nino:" + NationalInsuranceNumber.parse(typed));
        }
        if (UniquePupilNumber.problemWith(typed).isEmpty()) {
            return java.util.Optional.of("upn:" + UniquePupilNumber.parse(typed));
        }
        return java.util.Optional.empty();
    }
}
