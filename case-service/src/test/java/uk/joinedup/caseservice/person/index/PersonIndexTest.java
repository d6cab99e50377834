package uk.joinedup.caseservice.person.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.infrastructure.search.KeyBuckets;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/** The person index on a real (in-memory) embedded server: keys built from events, matched and ranked. */
class PersonIndexTest {

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final PersonIndex index = new PersonIndex(store.documents());
    private final PersonIndexQueries queries = new PersonIndexQueries(
            store.documents(), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    private int registered;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMisspeltFamilyNameFindsTheNamesThatSoundAlikeAfterTheExactOnes() {
        String smith = register("John", "Smith", "1980-03-04");
        String smyth = register("Jane", "Smyth", "1982-05-06");
        register("Peter", "Jones", "1980-03-04");

        PeopleFound found = search("Smyth");

        assertThat(ids(found)).containsExactly(smyth, smith);
        assertThat(found.results()).extracting(PersonMatch::reason).containsExactly("NAME", "NAME_SOUNDS_LIKE");
    }

    @Test
    void exactNamesComeBeforeStartsOfNamesBeforeSoundsAlike() {
        String jonathan = register("Jonathan", "Smith", "1990-01-01");
        String john = register("John", "Smith", "1990-01-02");
        String jon = register("Jon", "Smith", "1990-01-03");
        register("Jonathan", "Baker", "1990-01-04");

        PeopleFound found = search("smith jon");

        assertThat(ids(found)).containsExactly(jon, jonathan, john);
        assertThat(found.results())
                .extracting(PersonMatch::reason)
                .containsExactly("NAME", "NAME_STARTS_WITH", "NAME_SOUNDS_LIKE");
    }

    @Test
    void aWordOfTwoLettersIsTheStartOfANameBesideALongerWordButOnlyItselfAlone() {
        String josh = register("Josh", "Carter", "2011-03-01");
        String jo = register("Jo", "Li", "1970-01-01");
        register("Lilian", "Bell", "1950-01-01");

        assertThat(ids(search("jo carter"))).containsExactly(josh);
        assertThat(ids(search("li"))).as("not every name starting li").containsExactly(jo);
    }

    @Test
    void aNameCorrectedAwayIsStillFoundAsAPreviousName() {
        String deborah = register("Deborah", "Quarry", "1987-11-12");
        index.on(new PersonDetailsCorrected(
                new PersonId(deborah), details("Deborah", "Hill", "1987-11-12", null, null), "married"));

        assertThat(search("quarry").results())
                .extracting(PersonMatch::personId, PersonMatch::familyName, PersonMatch::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(deborah, "Hill", "PREVIOUS_NAME"));
        assertThat(search("deborah hill").results())
                .extracting(PersonMatch::reason)
                .containsExactly("NAME");
        assertThat(search("hill").totalResults()).isEqualTo(1);
    }

    @Test
    void theDateOrYearOfBirthNarrowsAndADateOfBirthIsSearchedAlone() {
        String older = register("Amy", "Walker", "1990-06-01");
        String younger = register("Amy", "Walker", "1995-06-01");

        assertThat(ids(find(new FindPeople("walker", null, 1990, null, null, 1, Actors.housingOfficer()))))
                .containsExactly(older);
        assertThat(ids(find(new FindPeople(
                        "amy", LocalDate.parse("1995-06-01"), null, null, null, 1, Actors.housingOfficer()))))
                .containsExactly(younger);
        PeopleFound byDate =
                find(new FindPeople(null, LocalDate.parse("1990-06-01"), null, null, null, 1, Actors.housingOfficer()));
        assertThat(ids(byDate)).containsExactly(older);
        assertThat(byDate.results().get(0).reason()).isEqualTo("DATE_OF_BIRTH");
    }

    @Test
    void aPostcodeFindsWholeBySectorOrByDistrict() {
        String northam = registerAt("Karen", "Walker", "SO14 0PB");
        String sameSector = registerAt("Liam", "Okafor", "so14 0ab");
        String otherSector = registerAt("Grace", "Okafor", "SO14 3XY");
        registerAt("Lisa", "Brennan", "SO17 2ES");

        assertThat(ids(byPostcode(null, "SO14 0PB"))).containsExactly(northam);
        assertThat(ids(byPostcode(null, "SO14 0"))).containsExactlyInAnyOrder(northam, sameSector);
        assertThat(ids(byPostcode(null, "so14"))).containsExactlyInAnyOrder(northam, sameSector, otherSector);
        assertThat(ids(byPostcode("okafor", "SO14"))).as("Grace before Liam").containsExactly(otherSector, sameSector);
    }

    @Test
    void anIdentifierFindsItsPerson() {
        PersonDetails withNhsNumber = new PersonDetails(
                new PersonName("Stephen", "Walker"),
                LocalDate.parse("1984-02-09"),
                null,
                null,
                new PersonIdentifiers(NhsNumber.parse("943 476 5919"), null, null));
        index.on(new PersonRegistered(new PersonId("stephen"), withNhsNumber, new AgencyId("southampton-early-help")));

        PeopleFound found = find(new FindPeople(null, null, null, null, "9434765919", 1, Actors.housingOfficer()));

        assertThat(found.results()).extracting(PersonMatch::personId).containsExactly("stephen");
        assertThat(found.results().get(0).reason()).isEqualTo("IDENTIFIER");
    }

    @Test
    void pagesHoldFiftyInAStableOrderAndSayHowManyThereAre() {
        for (int i = 0; i < 120; i++) {
            register("Person" + (char) ('a' + i % 26) + (char) ('a' + i / 26), "Walker", "1980-01-01");
        }

        PeopleFound first = search("walker");
        PeopleFound third = find(new FindPeople("walker", null, null, null, null, 3, Actors.housingOfficer()));
        PeopleFound beyond = find(new FindPeople("walker", null, null, null, null, 4, Actors.housingOfficer()));

        assertThat(first.totalResults()).isEqualTo(120);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.results()).hasSize(50);
        assertThat(third.page()).isEqualTo(3);
        assertThat(third.results()).hasSize(20);
        assertThat(beyond.results()).isEmpty();
        Set<String> seen = new HashSet<>(ids(first));
        seen.addAll(ids(find(new FindPeople("walker", null, null, null, null, 2, Actors.housingOfficer()))));
        seen.addAll(ids(third));
        assertThat(seen).hasSize(120);
        assertThat(first.results())
                .extracting(PersonMatch::givenNames)
                .as("in name order")
                .isSorted();
    }

    @Test
    void keysThatGrowWithThePopulationAreSplitIntoSmallDocuments() {
        for (int i = 0; i < 400; i++) {
            register("Amy", "Walker", "1980-01-01");
        }

        List<Document> walkerShards = store.all(PersonIndex.KEYS).stream()
                .filter(document -> document.getString("_id").startsWith("prefix:wal#"))
                .toList();

        assertThat(walkerShards).hasSize(KeyBuckets.SHARDS);
        assertThat(walkerShards).allSatisfy(shard -> assertThat(((Map<?, ?>) shard.get("entries")).size())
                .isLessThan(100));
        assertThat(search("walker").totalResults()).isEqualTo(400);
    }

    @Test
    void aReplayedRegistrationDoesNotUndoACorrection() {
        String deborah = register("Deborah", "Quarry", "1987-11-12");
        index.on(new PersonDetailsCorrected(
                new PersonId(deborah), details("Deborah", "Hill", "1987-11-12", null, null), "married"));
        index.on(new PersonRegistered(
                new PersonId(deborah),
                details("Deborah", "Quarry", "1987-11-12", null, null),
                new AgencyId("southampton-early-help")));

        assertThat(search("hill").results()).extracting(PersonMatch::familyName).containsExactly("Hill");
    }

    private PeopleFound search(String name) {
        return find(FindPeople.byName(name, Actors.housingOfficer()));
    }

    private PeopleFound byPostcode(String name, String postcode) {
        return find(new FindPeople(name, null, null, postcode, null, 1, Actors.housingOfficer()));
    }

    private PeopleFound find(FindPeople query) {
        return queries.handle(query);
    }

    private String register(String given, String family, String born) {
        return registerWith(details(given, family, born, null, null));
    }

    private String registerAt(String given, String family, String postcode) {
        return registerWith(details(
                given, family, "1980-01-01", new Address("1 High Street", null, "Southampton", postcode, null), null));
    }

    private String registerWith(PersonDetails details) {
        String id = "person-" + registered++;
        index.on(new PersonRegistered(new PersonId(id), details, new AgencyId("southampton-early-help")));
        return id;
    }

    private static PersonDetails details(
            String given, String family, String born, Address address, PersonIdentifiers identifiers) {
        return new PersonDetails(new PersonName(given, family), LocalDate.parse(born), null, address, identifiers);
    }

    private static List<String> ids(PeopleFound found) {
        return found.results().stream().map(PersonMatch::personId).toList();
    }
}
