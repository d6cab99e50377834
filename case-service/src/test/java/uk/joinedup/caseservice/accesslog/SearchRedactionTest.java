package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.accesslog.Views.NOW;
import static uk.joinedup.caseservice.accesslog.Views.familyView;
import static uk.joinedup.caseservice.accesslog.Views.inFormatOne;
import static uk.joinedup.caseservice.accesslog.Views.personView;
import static uk.joinedup.caseservice.accesslog.Views.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.accesslog.ChainVerification.Problem;
import uk.joinedup.caseservice.accesslog.SearchRedaction.Redacted;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.SexOrGender;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * An erasure redacts the searches that showed the person from a chain of format-1 records (written before format
 * 2), format-2 records and views, and the chain still verifies; text removed any other way does not.
 */
class SearchRedactionTest {

    private static final String TOM = "name: Tom Hill; date of birth: 2011-03-04";
    private static final String NHS_NUMBER = "identifier: 943 476 5919";

    /** Tom Hill as registered: person-1. */
    private static final PersonDetails TOM_HILL = new PersonDetails(
            new PersonName("Tom", "Hill"),
            LocalDate.of(2011, 3, 4),
            SexOrGender.MALE,
            null,
            new PersonIdentifiers(new NhsNumber("9434765919"), null, null));

    private final LogStore store = LogStore.inMemory();
    private AccessLog log;
    private SearchRedaction redaction;

    /**
     * 1 (format 1) a search for Tom showing person-1; 2 (format 1) a view of person-1; then in format 2: 3 a
     * search for Tom in the spring showing person-1 and person-2, 4 a search for Ann showing person-2 only, 5 a
     * view of person-1, 6 a search by NHS number showing person-1, 7 a family view showing both.
     */
    @BeforeEach
    void aChainOfBothFormats() {
        LoggedAccess first = inFormatOne(search(NOW.minus(Duration.ofDays(400)), "name: Tom Hill", "person-1"))
                .chainedAt(1, ChainHash.GENESIS);
        LoggedAccess second = inFormatOne(personView("person-1", NOW.minus(Duration.ofDays(399))))
                .chainedAt(2, first.hash());
        store.records().insertMany(List.of(AccessDocuments.toDocument(first), AccessDocuments.toDocument(second)));
        log = store.open(); // finds and indexes the records past the (absent) head document
        log.appendAndGet(search(NOW.minus(Duration.ofDays(200)), TOM, "person-1", "person-2"));
        log.appendAndGet(search(NOW, "name: Ann Hill", "person-2"));
        log.appendAndGet(personView("person-1", NOW));
        log.appendAndGet(search(NOW, NHS_NUMBER, "person-1"));
        log.appendAndGet(familyView("family-1", Set.of("person-1", "person-2"), NOW));
        assertThat(log.awaitIndexed(Duration.ofSeconds(10))).isTrue();
        EventStore events = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        events.publish(new GenericDomainEventMessage<>(
                "Person",
                "person-1",
                0,
                new PersonRegistered(new PersonId("person-1"), TOM_HILL, new AgencyId("southampton-probation"))));
        redaction = new SearchRedaction(store.database(), log, Clock.fixed(NOW, ZoneOffset.UTC), events);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aChainOfBothFormatsVerifies() {
        assertThat(record(1).getInt32("format").getValue()).isEqualTo(1);
        assertThat(record(3).getInt32("format").getValue()).isEqualTo(2);

        ChainVerification verification = store.verifier().verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(7);
    }

    @Test
    void redactsTheTextOfEverySearchOfFormatTwoThatShowedThePersonAndTheChainStillVerifies() {
        Redacted redacted = redaction.redactSearchesShowing("person-1", "erasure-1");

        assertThat(redacted).isEqualTo(new Redacted(2, 1));
        for (long sequence : new long[] {3, 6}) {
            BsonDocument record = record(sequence);
            assertThat(record.get("search")).isEqualTo(BsonNull.VALUE);
            assertThat(record.get("searchSalt")).isEqualTo(BsonNull.VALUE);
            assertThat(record.getString("redacted").getValue()).isEqualTo("erasure-1");
            assertThat(record.getString("searchDigest").getValue()).hasSize(64);
            assertThat(record.getArray("personIds")).contains(new BsonString("person-1"));
        }
        assertThat(everything()).doesNotContain("Tom Hill; date of birth", "2011-03-04", "943 476 5919");
        ChainVerification verification = store.verifier().verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(7);
    }

    @Test
    void leavesSearchesThatDidNotShowThePersonAndRecordsOfFormatOne() {
        BsonDocument ann = record(4);
        BsonDocument formatOne = record(1);

        redaction.redactSearchesShowing("person-1", "erasure-1");

        assertThat(record(4)).isEqualTo(ann);
        assertThat(record(1)).isEqualTo(formatOne);
        assertThat(record(1).getString("search").getValue()).isEqualTo("name: Tom Hill");
    }

    @Test
    void aSecondRedactionFindsNothingMoreToDo() {
        redaction.redactSearchesShowing("person-1", "erasure-1");

        assertThat(redaction.redactSearchesShowing("person-1", "erasure-1")).isEqualTo(new Redacted(0, 1));
        assertThat(record(3).getString("redacted").getValue()).isEqualTo("erasure-1");
    }

    @Test
    void theErasureEventRedactsTheirSearches() {
        redaction.on(new PersonErased(new PersonId("person-1"), new ErasureId("erasure-1")));

        assertThat(record(6).getString("redacted").getValue()).isEqualTo("erasure-1");
        assertThat(record(6).get("search")).isEqualTo(BsonNull.VALUE);
    }

    @Test
    void redactsTheSearchesThatNamedThePersonThoughTheirResultsDidNot() {
        // a duplicate check before Tom was registered, and someone else's search on his date of birth
        log.appendAndGet(search(NOW, "name: tom  hill; date of birth: 2011-03-04", "person-3"));
        log.appendAndGet(search(NOW, "name: Tim Hall; date of birth: 2011-03-04", "person-3"));
        BsonDocument tim = record(9);

        int redacted = redaction.redactSearchesNaming(new NamedInSearch(List.of(TOM_HILL)), "erasure-1");

        assertThat(redacted).as("records 3, 6 and 8 name him; 1 is of format 1").isEqualTo(3);
        assertThat(record(8).get("search")).isEqualTo(BsonNull.VALUE);
        assertThat(record(8).getString("redacted").getValue()).isEqualTo("erasure-1");
        assertThat(record(9)).isEqualTo(tim);
        assertThat(record(4).getString("search").getValue()).isEqualTo("name: Ann Hill");
        assertThat(store.verifier().verify().intact()).isTrue();
    }

    @Test
    void theErasureEventRedactsTheSearchesThatNamedThemFromTheirOwnEvents() {
        log.appendAndGet(search(NOW, "identifier: 9434765919", "person-3"));

        redaction.on(new PersonErased(new PersonId("person-1"), new ErasureId("erasure-1")));

        assertThat(record(8).get("search")).isEqualTo(BsonNull.VALUE);
        assertThat(record(4).getString("search").getValue()).isEqualTo("name: Ann Hill");
    }

    @Test
    void aPersonNobodySearchedForRedactsNothing() {
        assertThat(redaction.redactSearchesShowing("person-9", "erasure-1")).isEqualTo(new Redacted(0, 0));
        assertThat(store.verifier().verify().intact()).isTrue();
    }

    @Test
    void aLogWhoseFirstRecordIsGoneStillHasItsSearchesRedacted() {
        store.records().deleteOne(new BsonDocument("_id", new BsonInt64(1)));

        assertThat(redaction.redactSearchesShowing("person-1", "erasure-1")).isEqualTo(new Redacted(2, 0));
        assertThat(record(3).getString("redacted").getValue()).isEqualTo("erasure-1");
    }

    @Test
    void searchTextRemovedWithoutAnErasureBreaksTheChain() {
        edit(6, "search", BsonNull.VALUE);
        edit(6, "searchSalt", BsonNull.VALUE);

        assertBrokenAt(6, Problem.CONTENT_CHANGED);
    }

    @Test
    void searchTextEditedUnderItsDigestBreaksTheChain() {
        edit(6, "search", new BsonString("identifier: 943 476 5918"));

        assertBrokenAt(6, Problem.CONTENT_CHANGED);
    }

    @Test
    void theTextOfARecordOfFormatOneCannotBeRemoved() {
        edit(1, "search", BsonNull.VALUE);
        edit(1, "redacted", new BsonString("erasure-1"));

        assertBrokenAt(1, Problem.CONTENT_CHANGED);
    }

    @Test
    void aRedactedSearchWhoseDigestWasChangedBreaksTheChain() {
        redaction.redactSearchesShowing("person-1", "erasure-1");
        edit(3, "searchDigest", new BsonString("0".repeat(64)));

        assertBrokenAt(3, Problem.CONTENT_CHANGED);
    }

    private void assertBrokenAt(long sequence, Problem problem) {
        ChainVerification verification = store.verifier().verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken().sequence()).isEqualTo(sequence);
        assertThat(verification.firstBroken().problem()).isEqualTo(problem);
    }

    private void edit(long sequence, String field, org.bson.BsonValue value) {
        store.records()
                .updateOne(
                        new BsonDocument("_id", new BsonInt64(sequence)),
                        new BsonDocument("$set", new BsonDocument(field, value)));
    }

    private BsonDocument record(long sequence) {
        return store.records()
                .find(new BsonDocument("_id", new BsonInt64(sequence)))
                .first();
    }

    /** Every record and index document, as JSON. */
    private String everything() {
        List<String> documents = new ArrayList<>();
        store.records().find().forEach(document -> documents.add(document.toJson()));
        store.index().find().forEach(document -> documents.add(document.toJson()));
        return String.join("\n", documents);
    }
}
