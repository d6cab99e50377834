package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Appends to the access log; returns once the record is durable, so nothing shown goes unrecorded.
 *
 * <p>Records are appended in batches by one writer thread ({@link AccessLogWriter}): a caller's
 * record is numbered, hashed onto the chain, stored, indexed and made durable ({@link
 * Durability#commit()}) together with whatever else was waiting, and only then does {@link #append}
 * return and the page get shown. A crash therefore loses no view that was shown; a view whose record
 * was not yet durable was never answered. If the record cannot be stored within {@code
 * joinedup.access-log.append-timeout}, {@link #append} throws and the view fails instead.
 */
@Component
public class AccessLog implements AutoCloseable {

    private final AccessLogWriter writer;
    private final AccessLogSearch search;
    private final Duration appendTimeout;

    @Autowired
    AccessLog(MongoDatabase database, Durability durability, AccessLogSearch search, AccessLogProperties properties) {
        this(database, durability, search, properties.appendTimeout());
    }

    AccessLog(MongoDatabase database, Durability durability, AccessLogSearch search, Duration appendTimeout) {
        this.writer = new AccessLogWriter(
                AccessDocuments.records(database),
                ChainHead.collection(database),
                new LookupIndex(LookupIndex.collection(database)),
                durability);
        this.search = search;
        this.appendTimeout = appendTimeout;
    }

    /**
     * Appends the record and waits until it is durable.
     *
     * @throws AccessLogUnavailable if it could not be stored: the view must not be shown
     */
    public void append(AccessRecord record) {
        appendAndGet(record);
    }

    /** Appends the record, waits until it is durable, and returns it as stored. */
    LoggedAccess appendAndGet(AccessRecord record) {
        return writer.append(LoggedAccess.unchained(record)).await(appendTimeout);
    }

    /**
     * Who looked at a person's information from {@code from} to {@code to} (UK days, inclusive), newest
     * first: every view of their record, of a family they were in, and every search that showed them.
     */
    public List<LoggedAccess> forPerson(String personId, LocalDate from, LocalDate to) {
        return search.forPerson(personId, from, to);
    }

    /** The last record this instance knows to be stored. */
    ChainHead head() {
        return writer.head();
    }

    /** Stores what is queued, then stops the writer. */
    @Override
    public void close() {
        writer.close();
    }
}
