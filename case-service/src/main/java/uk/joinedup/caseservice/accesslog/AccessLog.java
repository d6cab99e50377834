package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Appends to the access log; returns once the record is durable, so nothing shown goes unrecorded.
 *
 * <p>Records are appended in batches by one writer thread ({@link AccessLogWriter}): a caller's
 * record is numbered, hashed onto the chain, stored and made durable ({@link Durability#commit()})
 * together with whatever else was waiting, and only then does {@link #append} return and the page get
 * shown. A crash therefore loses no view that was shown; a view whose record was not yet durable was
 * never answered. If the record cannot be stored within {@code joinedup.access-log.append-timeout},
 * {@link #append} throws and the view fails instead. Reading is {@link AccessLogSearch}'s.
 */
@Component
public class AccessLog implements AutoCloseable {

    private final AccessLogWriter writer;
    private final Duration appendTimeout;

    @Autowired
    AccessLog(MongoDatabase database, Durability durability, AccessLogProperties properties) {
        this(database, durability, properties.appendTimeout());
    }

    AccessLog(MongoDatabase database, Durability durability, Duration appendTimeout) {
        this.writer = new AccessLogWriter(
                AccessDocuments.records(database),
                ChainHead.collection(database),
                new LookupIndex(LookupIndex.collection(database)),
                durability);
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
     * Waits (briefly) until the records this instance has stored are indexed, so that a search right
     * after a view finds it; returns whether they are.
     */
    boolean awaitIndexed(Duration timeout) {
        return writer.awaitIndexed(timeout);
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
