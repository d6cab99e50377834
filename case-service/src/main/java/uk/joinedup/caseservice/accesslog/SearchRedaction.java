package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * Removes what practitioners typed into the searches that showed an erased person (a name, a date of birth, an
 * NHS number): every search record filed under the person in the {@link LookupIndex} ({@code person:<id>:<month>},
 * from the month of the first record to this one), fetched by {@code _id $in}, never by scanning the log. Who
 * searched, when, and whom the results showed stay: that is the evidence the log exists for.
 *
 * <p>A record of format 2 hashed the salted digest of its text, so its text and salt are set to null and it
 * names the erasure ({@code redacted}); its digest still links it into the chain, and {@link ChainVerifier}
 * accepts it. A record of format 1, written before format 2, hashed the text itself: removing the text would
 * break the chain, so it is left as it is and counted ({@link Redacted#keptAsHashed}), and the erasure's search
 * of the database finds it.
 *
 * <p>Every search that showed the person is redacted, whatever it was for: the text may name them in any form
 * (a nickname, a misspelling, a postcode), and nothing but the text tells whom it was for.
 */
@Component
@ProcessingGroup("access-log-erasures")
class SearchRedaction {

    private static final Logger log = LoggerFactory.getLogger(SearchRedaction.class);
    private static final Duration INDEXING = Duration.ofSeconds(2);
    private static final BsonDocument FIRST_RECORD = new BsonDocument(AccessDocuments.ID, new BsonInt64(1));
    private static final BsonDocument SEARCH_FIELDS =
            new BsonDocument(AccessDocuments.FORMAT, new BsonInt32(1)).append(AccessDocuments.SEARCH, new BsonInt32(1));

    private final MongoCollection<BsonDocument> records;
    private final LookupIndex index;
    private final AccessLog accessLog;
    private final Clock clock;
    private final EventStore events;

    SearchRedaction(MongoDatabase database, AccessLog accessLog, Clock clock, EventStore events) {
        this.records = AccessDocuments.records(database);
        this.index = new LookupIndex(LookupIndex.collection(database));
        this.accessLog = accessLog;
        this.clock = clock;
        this.events = events;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonErased erased) {
        Redacted redacted = redactSearchesShowing(
                erased.personId().value(), erased.erasureId().value());
        int naming = redactSearchesNaming(
                new NamedInSearch(everyVersionOfTheirDetails(erased.personId())),
                erased.erasureId().value());
        log.info(
                "Access log: erasure {} redacted {} searches that showed the person and {} more that named them;"
                        + " {} of format 1 keep their text",
                erased.erasureId(),
                redacted.redacted(),
                naming,
                redacted.keptAsHashed());
    }

    /**
     * Redacts the text of every search of format 2 that names the person though they were not in its results (a
     * duplicate check before they were registered, a search that found nobody). Nothing files such a search under
     * them, so this reads every search record's text once: an erasure's cost, paid rarely, and never on a read.
     *
     * @return how many were redacted
     */
    int redactSearchesNaming(NamedInSearch who, String erasureId) {
        if (!who.any()) {
            return 0;
        }
        List<Long> naming = new ArrayList<>();
        for (BsonDocument record : records.find().projection(SEARCH_FIELDS)) {
            if (record.isString(AccessDocuments.SEARCH)
                    && record.getInt32(AccessDocuments.FORMAT).getValue() != ChainHash.SEARCH_TEXT_HASHED
                    && who.in(record.getString(AccessDocuments.SEARCH).getValue())) {
                naming.add(AccessDocuments.sequence(record));
            }
        }
        redact(naming, erasureId);
        return naming.size();
    }

    /** Every version of the person's details, from their own events: read before their key is destroyed. */
    private List<PersonDetails> everyVersionOfTheirDetails(PersonId person) {
        return events.readEvents(person.value())
                .asStream()
                .map(event -> event.getPayload() instanceof PersonRegistered registered
                        ? registered.details()
                        : event.getPayload() instanceof PersonDetailsCorrected corrected ? corrected.details() : null)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Redacts the text of every search whose results showed the person; again, it finds nothing more to do. */
    Redacted redactSearchesShowing(String personId, String erasureId) {
        accessLog.awaitIndexed(INDEXING);
        BsonDocument first = firstRecord();
        if (first == null) {
            return new Redacted(0, 0);
        }
        LocalDate from = Instant.ofEpochMilli(
                        first.getDateTime(AccessDocuments.AT).getValue())
                .atZone(LookupIndex.UK)
                .toLocalDate();
        LocalDate to = LocalDate.ofInstant(clock.instant(), LookupIndex.UK);
        long[] filed = index.person(personId, from, to.isBefore(from) ? from : to);
        List<Long> format2 = new ArrayList<>();
        int format1 = 0;
        for (int start = 0; start < filed.length; start += AccessLogSearch.FETCH) {
            List<Long> some = new ArrayList<>();
            for (int i = start; i < Math.min(filed.length, start + AccessLogSearch.FETCH); i++) {
                some.add(filed[i]);
            }
            for (BsonDocument record :
                    records.find(AccessDocuments.bySequences(some)).projection(SEARCH_FIELDS)) {
                if (!record.isString(AccessDocuments.SEARCH)) {
                    continue;
                }
                if (record.getInt32(AccessDocuments.FORMAT).getValue() == ChainHash.SEARCH_TEXT_HASHED) {
                    format1++;
                } else {
                    format2.add(AccessDocuments.sequence(record));
                }
            }
        }
        redact(format2, erasureId);
        return new Redacted(format2.size(), format1);
    }

    /** Removes the text and salt of these format-2 records, naming the erasure that did. */
    private void redact(List<Long> sequences, String erasureId) {
        BsonDocument redact = new BsonDocument(
                "$set",
                new BsonDocument(AccessDocuments.SEARCH, BsonNull.VALUE)
                        .append(AccessDocuments.SEARCH_SALT, BsonNull.VALUE)
                        .append(AccessDocuments.REDACTED, new BsonString(erasureId)));
        for (int start = 0; start < sequences.size(); start += AccessLogSearch.FETCH) {
            records.updateMany(
                    AccessDocuments.bySequences(
                            sequences.subList(start, Math.min(sequences.size(), start + AccessLogSearch.FETCH))),
                    redact);
        }
    }

    /**
     * The record the person's months are counted from: record 1, or, in a log whose first record is gone (which
     * verification reports), the lowest one left, found by sorting on {@code _id}.
     */
    private BsonDocument firstRecord() {
        BsonDocument first = records.find(FIRST_RECORD).first();
        if (first != null) {
            return first;
        }
        return records.find()
                .sort(new BsonDocument(AccessDocuments.ID, new BsonInt32(1)))
                .limit(1)
                .first();
    }

    /**
     * What one erasure did to the log.
     *
     * @param redacted searches of format 2 whose text and salt were removed
     * @param keptAsHashed searches of format 1 that showed the person and keep their text
     */
    record Redacted(int redacted, int keptAsHashed) {}
}
