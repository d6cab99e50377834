package uk.joinedup.caseservice.person.index;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.person.api.CandidatePerson;
import uk.joinedup.caseservice.person.api.FindMatchCandidates;
import uk.joinedup.caseservice.person.api.FindPeopleMatching;
import uk.joinedup.caseservice.person.api.FindPeopleMatching.Matched;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Searches the person index: every lookup is by key (one {@code _id $in} of the keys' documents), the
 * matching and ranking happen in memory on what the keys hold, and only the page shown is read by person
 * id. (Each search is logged as an access by {@code views.search}, which sees the queries and answers.)
 */
@Component
class PersonIndexQueries {

    /** Names this alike (Jaro-Winkler, 0 to 1) on the same date of birth are worth a second look. */
    static final double SIMILAR = 0.85;

    private final DocumentCollection<IndexedPerson> people;
    private final KeyBuckets keys;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    PersonIndexQueries(MongoDocuments documents, Clock clock) {
        this.clock = clock;
        this.people = documents.collection(PersonIndex.PEOPLE, IndexedPerson.class);
        this.keys = new KeyBuckets(documents, PersonIndex.KEYS);
    }

    @QueryHandler
    PeopleFound handle(FindPeople query) {
        if (!existenceVisibleTo(query.viewer())) {
            return PeopleFound.none(query.page());
        }
        if (query.identifier() != null && !query.identifier().isBlank()) {
            List<Candidate> found = identifierKey(query.identifier())
                    .map(key -> filedUnder(List.of(key)).entrySet().stream()
                            .map(entry -> new Candidate(entry.getKey(), entry.getValue(), ZERO, "IDENTIFIER"))
                            .toList())
                    .orElse(List.of());
            return page(found, query.page());
        }
        List<String> words = NameMatching.words(query.name());
        List<List<String>> filters = new ArrayList<>();
        if (query.dateOfBirth() != null) {
            filters.add(List.of(IndexedPerson.dobKey(query.dateOfBirth())));
        }
        if (query.postcode() != null && !query.postcode().isBlank()) {
            filters.add(Postcodes.searchKeys(query.postcode()).orElse(List.of()));
        }
        if (query.yearOfBirth() != null) {
            filters.add(List.of(IndexedPerson.yearKey(query.yearOfBirth())));
        }
        String reasonWithoutName = query.dateOfBirth() != null ? "DATE_OF_BIRTH" : "POSTCODE";
        return page(candidates(words, filters, reasonWithoutName), query.page());
    }

    @QueryHandler
    List<Matched> handle(FindPeopleMatching query) {
        List<List<String>> filters = new ArrayList<>();
        if (query.postcode() != null && !query.postcode().isBlank()) {
            filters.add(Postcodes.searchKeys(query.postcode()).orElse(List.of()));
        }
        return candidates(query.words(), filters, "POSTCODE").stream()
                .map(candidate -> new Matched(
                        candidate.personId(),
                        candidate.score().exact(),
                        candidate.score().prefix(),
                        candidate.score().soundsLike(),
                        candidate.sortName()))
                .toList();
    }

    @QueryHandler
    FindMatchCandidates.Found handle(FindMatchCandidates query) {
        if (!existenceVisibleTo(query.viewer())) {
            return new FindMatchCandidates.Found(query.described().stream()
                    .map(described -> List.<CandidatePerson>of())
                    .toList());
        }
        List<FindMatchCandidates.Described> described = query.described();
        List<List<CandidatePerson>> identified = candidates(described.stream()
                .map(one -> IndexedPerson.identifierKeys(
                        one.nhsNumber(), one.nationalInsuranceNumber(), one.uniquePupilNumber()))
                .toList());
        List<List<String>> keysOfEach = new ArrayList<>();
        for (int i = 0; i < described.size(); i++) {
            keysOfEach.add(bornThatDay(identified.get(i), described.get(i)) ? List.of() : otherKeys(described.get(i)));
        }
        List<List<CandidatePerson>> others = candidates(keysOfEach);
        List<List<CandidatePerson>> found = new ArrayList<>();
        for (int i = 0; i < described.size(); i++) {
            Map<String, CandidatePerson> both = new TreeMap<>();
            identified.get(i).forEach(person -> both.put(person.personId(), person));
            others.get(i).forEach(person -> both.put(person.personId(), person));
            found.add(List.copyOf(both.values()));
        }
        return new FindMatchCandidates.Found(found);
    }

    /**
     * Whether someone the row's identifier names was born on the day it gives: then the identifier decides
     * (ADR 27), and the row's other keys, which are larger, are not read.
     */
    private static boolean bornThatDay(List<CandidatePerson> identified, FindMatchCandidates.Described described) {
        return described.dateOfBirth() != null
                && identified.stream()
                        .anyMatch(person -> described.dateOfBirth().equals(person.dateOfBirth()));
    }

    /** The people filed under each list of keys: every key read at once, then every person at once. */
    private List<List<CandidatePerson>> candidates(List<List<String>> keysOfEach) {
        Set<String> wanted = new LinkedHashSet<>();
        keysOfEach.forEach(wanted::addAll);
        Map<String, Map<String, String>> filed = wanted.isEmpty() ? Map.of() : keys.read(wanted);
        List<Set<String>> idsOfEach = keysOfEach.stream()
                .map(keysOfOne -> union(filed, keysOfOne).keySet())
                .toList();
        Set<String> ids = new LinkedHashSet<>();
        idsOfEach.forEach(ids::addAll);
        Map<String, CandidatePerson> people = new HashMap<>();
        if (!ids.isEmpty()) {
            this.people.findAll(ids).forEach(person -> people.put(person.personId(), person.asCandidate()));
        }
        return idsOfEach.stream()
                .map(idsOfOne -> idsOfOne.stream()
                        .map(people::get)
                        .filter(Objects::nonNull)
                        .toList())
                .toList();
    }

    /** The other keys a described person's candidates are filed under: each small, none of them growing. */
    private static List<String> otherKeys(FindMatchCandidates.Described described) {
        List<String> keys = new ArrayList<>();
        if (described.dateOfBirth() != null) {
            keys.add(IndexedPerson.dobKey(described.dateOfBirth()));
            swapped(described.dateOfBirth()).ifPresent(swapped -> keys.add(IndexedPerson.dobKey(swapped)));
        }
        if (described.postcode() != null) {
            keys.add(Postcodes.postcodeKey(described.postcode()));
        }
        return keys;
    }

    /** The date with its day and month swapped, if that is another real date (a common slip). */
    private static Optional<LocalDate> swapped(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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

    /**
     * The people filed under every filter (each a set of keys, any of which will do) whose names match
     * every word, best first. With no words, the first filter gives the candidates (a search must have
     * words or a filter); with neither, nobody.
     */
    private List<Candidate> candidates(List<String> words, List<List<String>> filters, String reasonWithoutName) {
        if (words.isEmpty() && filters.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        Map<String, List<String>> wordKeys = new LinkedHashMap<>();
        boolean narrowedOtherwise = !filters.isEmpty() || words.stream().anyMatch(NameMatching::keyed);
        for (String word : words) {
            if (!NameMatching.keyed(word) && narrowedOtherwise) {
                continue; // too short for a key of its own: checked against the other words' candidates
            }
            List<String> forWord = new ArrayList<>();
            forWord.add(NameMatching.prefixKey(word));
            NameMatching.soundsOf(word).forEach(code -> forWord.add("phon:" + code));
            wordKeys.put(word, forWord);
            wanted.addAll(forWord);
        }
        filters.forEach(wanted::addAll);
        Map<String, Map<String, String>> filed = keys.read(wanted);

        Map<String, String> found = null;
        for (List<String> forWord : wordKeys.values()) {
            found = narrow(found, union(filed, forWord));
        }
        for (List<String> filter : filters) {
            found = narrow(found, union(filed, filter));
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((personId, filing) ->
                score(personId, filing, words, reasonWithoutName).ifPresent(candidates::add));
        candidates.sort(BEST_FIRST);
        return candidates;
    }

    private static Optional<Candidate> score(
            String personId, String filing, List<String> words, String reasonWithoutName) {
        if (words.isEmpty()) {
            return Optional.of(new Candidate(personId, filing, ZERO, reasonWithoutName));
        }
        int bar = filing.indexOf('|');
        List<String> current = split(bar >= 0 ? filing.substring(0, bar) : filing);
        List<String> previous = split(bar >= 0 ? filing.substring(bar + 1) : "");
        List<NameMatching.Kind> kinds = new ArrayList<>();
        boolean previousName = false;
        for (String word : words) {
            NameMatching.Kind kind = NameMatching.match(word, current);
            if (kind == null || kind == NameMatching.Kind.SOUNDS_LIKE) {
                NameMatching.Kind before = NameMatching.match(word, previous);
                if (before != null && (kind == null || before.compareTo(kind) < 0)) {
                    kind = before;
                    previousName = true;
                }
            }
            kinds.add(kind);
        }
        NameMatching.Score score = NameMatching.Score.of(kinds);
        if (score == null) {
            return Optional.empty();
        }
        String reason = previousName
                ? "PREVIOUS_NAME"
                : switch (score.weakest()) {
                    case EXACT -> "NAME";
                    case PREFIX -> "NAME_STARTS_WITH";
                    case SOUNDS_LIKE -> "NAME_SOUNDS_LIKE";
                };
        return Optional.of(new Candidate(personId, filing, score, reason));
    }

    private PeopleFound page(List<Candidate> ranked, int page) {
        int size = PeopleFound.PAGE_SIZE;
        int totalPages = (ranked.size() + size - 1) / size;
        int from = (int) Math.min((long) (page - 1) * size, ranked.size());
        List<Candidate> shown = ranked.subList(from, Math.min(from + size, ranked.size()));
        Map<String, IndexedPerson> byId = new HashMap<>();
        people.findAll(shown.stream().map(Candidate::personId).toList())
                .forEach(person -> byId.put(person.personId(), person));
        List<PersonMatch> results = shown.stream()
                .filter(candidate -> byId.containsKey(candidate.personId()))
                .map(candidate -> match(byId.get(candidate.personId()), candidate.reason()))
                .toList();
        return new PeopleFound(page, size, ranked.size(), totalPages, results);
    }

    private List<PersonMatch> possibleDuplicates(FindPossibleDuplicates query) {
        if (!existenceVisibleTo(query.viewer())) {
            return List.of();
        }
        PersonDetails details = query.details();
        Map<String, String> reasons = new LinkedHashMap<>();
        if (details.identifiers() != null) {
            if (details.identifiers().nhsNumber() != null) {
                ids(IndexedPerson.nhsKey(details.identifiers().nhsNumber().value()))
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_NHS_NUMBER"));
            }
            if (details.identifiers().nationalInsuranceNumber() != null) {
                ids(IndexedPerson.ninoKey(
                                details.identifiers().nationalInsuranceNumber().value()))
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_NATIONAL_INSURANCE_NUMBER"));
            }
            if (details.identifiers().uniquePupilNumber() != null) {
                ids(IndexedPerson.upnKey(
                                details.identifiers().uniquePupilNumber().value()))
                        .forEach(id -> reasons.putIfAbsent(id, "SAME_UNIQUE_PUPIL_NUMBER"));
            }
        }
        String name = IndexedPerson.normalise(
                details.name().givenNames() + details.name().familyName());
        people.findAll(ids(IndexedPerson.dobKey(details.dateOfBirth()))).stream()
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

    private Set<String> ids(String key) {
        return filedUnder(List.of(key)).keySet();
    }

    private Map<String, String> filedUnder(List<String> anyOf) {
        return union(keys.read(anyOf), anyOf);
    }

    private static Map<String, String> union(Map<String, Map<String, String>> filed, List<String> anyOf) {
        Map<String, String> union = new HashMap<>();
        anyOf.forEach(key -> union.putAll(filed.getOrDefault(key, Map.of())));
        return union;
    }

    private static Map<String, String> narrow(Map<String, String> found, Map<String, String> filter) {
        if (found == null) {
            return filter;
        }
        found.keySet().retainAll(filter.keySet());
        return found;
    }

    private static List<String> split(String words) {
        return words.isBlank() ? List.of() : List.of(words.split(" "));
    }

    private static PersonMatch match(IndexedPerson person, String reason) {
        return new PersonMatch(
                person.personId(), person.givenNames(), person.familyName(), person.dateOfBirth(), reason);
    }

    /** The index key of whichever kind of identifier the text is, if it is one. */
    private static Optional<String> identifierKey(String typed) {
        if (NhsNumber.problemWith(typed).isEmpty()) {
            return Optional.of(IndexedPerson.nhsKey(NhsNumber.parse(typed).value()));
        }
        if (NationalInsuranceNumber.problemWith(typed).isEmpty()) {
            return Optional.of(
                    IndexedPerson.ninoKey(NationalInsuranceNumber.parse(typed).value()));
        }
        if (UniquePupilNumber.problemWith(typed).isEmpty()) {
            return Optional.of(
                    IndexedPerson.upnKey(UniquePupilNumber.parse(typed).value()));
        }
        return Optional.empty();
    }

    private static final NameMatching.Score ZERO = new NameMatching.Score(0, 0, 0);

    /** Best matches first, then in name order (family name first), then by id so that pages are stable. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::score)
            .thenComparing(Candidate::sortName)
            .thenComparing(Candidate::personId);

    /** A person found, with what the keys hold about them, before their page is read. */
    private record Candidate(String personId, String filing, NameMatching.Score score, String reason) {

        String sortName() {
            int bar = filing.indexOf('|');
            return bar >= 0 ? filing.substring(0, bar) : filing;
        }
    }
}
