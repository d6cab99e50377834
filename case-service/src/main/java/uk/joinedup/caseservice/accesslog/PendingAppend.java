package uk.joinedup.caseservice.accesslog;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A record waiting for the writer, and the caller waiting for it to be durable. */
final class PendingAppend {

    private final LoggedAccess record;
    private final CompletableFuture<LoggedAccess> outcome = new CompletableFuture<>();

    PendingAppend(LoggedAccess record) {
        this.record = record;
    }

    /** The record, not yet placed in the chain. */
    LoggedAccess record() {
        return record;
    }

    void stored(LoggedAccess chained) {
        outcome.complete(chained);
    }

    void failed(Throwable cause) {
        outcome.completeExceptionally(cause);
    }

    /** Waits until the record is durable; returns it as stored. */
    LoggedAccess await(Duration timeout) {
        try {
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccessLogUnavailable("Interrupted while the access log stored the record", e);
        } catch (TimeoutException e) {
            throw new AccessLogUnavailable("The access log did not store the record within " + timeout, e);
        } catch (ExecutionException e) {
            throw new AccessLogUnavailable("The access log could not store the record", e.getCause());
        }
    }
}
