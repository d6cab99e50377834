package uk.joinedup.caseservice.person.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.infrastructure.mongo.WriteBatch;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased person leaves no key of theirs in the person index; whoever shares a key with them stays filed. */
class PersonIndexErasureTest {

    private static final PersonId TOM = new PersonId("tom");
    private static final PersonId ANN = new PersonId("ann");
    private static final Set<String> TOMS =
            Set.of("Tom", "Thomas", "2011-03-04", "9434765919", "AB123456C", "B801200005001", "SO17 1BJ");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final PersonIndex index = new PersonIndex(store.documents());
    private final PersonIndexQueries queries = new PersonIndexQueries(
            store.documents(), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        WriteBatch.close();
        store.close();
    }

    @Test
    void theErasedPersonsKeysGoAndTheirBucketsWithThemWhenNobodyElseIsFiledThere() {
        registerTomAndAnn();

        index.on(new PersonErased(TOM, new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), TOMS)).isEmpty();
        assertThat(store.all(PersonIndex.PEOPLE))
                .extracting(person -> person.get("_id"))
                .containsExactly("ann");
        assertThat(store.all(PersonIndex.KEYS))
                .as("every bucket left holds someone")
                .allSatisfy(bucket ->
                        assertThat(bucket.get("entries", Document.class)).containsOnlyKeys("ann"));
        assertThat(store.all(PersonIndex.KEYS))
                .extracting(bucket -> bucket.get("_id"))
                .contains("dob:1980-01-01");
        assertThat(search("Hill")).containsExactly("ann");
    }

    @Test
    void aBucketSomeoneElseIsFiledInStaysWithThemAlone() {
        registerTomAndAnn();
        index.on(new PersonRegistered(
                new PersonId("tim"),
                new PersonDetails(
                        new PersonName("Tim", "Hill"),
                        LocalDate.parse("2011-03-04"),
                        null,
                        null,
                        PersonIdentifiers.none()),
                new AgencyId("early-help")));

        index.on(new PersonErased(TOM, new ErasureId("erasure-1")));

        Document dob = store.collection(PersonIndex.KEYS)
                .find(new Document("_id", "dob:2011-03-04"))
                .first();
        assertThat(dob).isNotNull();
        assertThat(dob.get("entries", Document.class)).containsOnlyKeys("tim");
        assertThat(search("Hill")).containsExactlyInAnyOrder("ann", "tim");
    }

    @Test
    void inABatchTheBucketsLeftEmptyAreDeletedWhenItIsWritten() {
        registerTomAndAnn();

        WriteBatch.open((collection, failure) -> {
            throw failure;
        });
        index.on(new PersonErased(TOM, new ErasureId("erasure-1")));
        WriteBatch.write();
        WriteBatch.close();

        assertThat(DatabaseSearch.find(store.database(), TOMS)).isEmpty();
        assertThat(search("Hill")).containsExactly("ann");
    }

    private void registerTomAndAnn() {
        index.on(new PersonRegistered(
                TOM,
                new PersonDetails(
                        new PersonName("Thomas", "Hill"),
                        LocalDate.parse("2011-03-04"),
                        null,
                        new Address("2 Park Road", null, "Southampton", "SO17 1BJ", null),
                        new PersonIdentifiers(
                                NhsNumber.parse("9434765919"),
                                NationalInsuranceNumber.parse("AB123456C"),
                                UniquePupilNumber.parse("B801200005001"))),
                new AgencyId("early-help")));
        index.on(new PersonDetailsCorrected(
                TOM,
                new PersonDetails(
                        new PersonName("Tom", "Hill"),
                        LocalDate.parse("2011-03-04"),
                        null,
                        new Address("2 Park Road", null, "Southampton", "SO17 1BJ", null),
                        new PersonIdentifiers(NhsNumber.parse("9434765919"), null, null)),
                "Known as Tom"));
        index.on(new PersonRegistered(
                ANN,
                new PersonDetails(
                        new PersonName("Ann", "Hill"),
                        LocalDate.parse("1980-01-01"),
                        null,
                        new Address("9 Elm Road", null, "Southampton", "SO15 2AA", null),
                        PersonIdentifiers.none()),
                new AgencyId("early-help")));
    }

    private List<String> search(String name) {
        return queries.handle(FindPeople.byName(name, Actors.housingOfficer())).results().stream()
                .map(PersonMatch::personId)
                .toList();
    }
}
