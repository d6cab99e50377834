package uk.joinedup.caseservice.infrastructure.eventstore;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;

/**
 * A tracking stream over the commit log for one consumer. It reads windows of whole commits; when it
 * reaches the head it waits for the {@link CommitSignal} (a commit stored by this instance) or the
 * poll interval (commits of other instances), then reads on from the last token it handed out.
 * Because the events of a commit are read together, {@link #peek()} after a commit's first event
 * always shows the next one, which is how Axon's processors keep a commit in one batch.
 */
final class CommitStream implements TrackingEventStream {

    private final Function<TrackingToken, Stream<? extends TrackedEventMessage<?>>> reader;
    private final Runnable unsubscribe;
    private final long pollIntervalNanos;
    private final Object monitor = new Object();
    private volatile Runnable onAvailable = () -> {};
    private boolean signalled = true;
    private long lastReadAt;
    private TrackingToken lastToken;
    private Stream<? extends TrackedEventMessage<?>> open;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> peeked;

    CommitStream(
            Function<TrackingToken, Stream<? extends TrackedEventMessage<?>>> reader,
            TrackingToken start,
            CommitSignal commitsStored,
            Duration pollInterval) {
        this.reader = reader;
        this.lastToken = start;
        this.pollIntervalNanos = pollInterval.toNanos();
        this.unsubscribe = commitsStored.subscribe(this::commitsStored);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(peekOrRead());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (peekOrRead() == null) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            awaitSignal(Math.min(remaining, pollIntervalNanos));
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
            // keep waiting: this method blocks until an event arrives
        }
        TrackedEventMessage<?> next = peeked;
        peeked = null;
        return next;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        onAvailable = callback;
        return true;
    }

    @Override
    public void close() {
        unsubscribe.run();
        closeOpen();
    }

    /** The next event, reading the log again if the last read is used up and there may be more. */
    private TrackedEventMessage<?> peekOrRead() {
        if (peeked != null) {
            return peeked;
        }
        if ((events == null || !events.hasNext()) && worthReadingAgain()) {
            closeOpen();
            open = reader.apply(lastToken);
            events = open.iterator();
        }
        if (events != null && events.hasNext()) {
            peeked = events.next();
            lastToken = peeked.trackingToken();
        }
        return peeked;
    }

    /** After a signal, or once a poll interval has passed since the last read. Clears the signal. */
    private boolean worthReadingAgain() {
        long now = System.nanoTime();
        synchronized (monitor) {
            if (!signalled && now - lastReadAt < pollIntervalNanos) {
                return false;
            }
            signalled = false;
            lastReadAt = now;
            return true;
        }
    }

    private void awaitSignal(long nanos) throws InterruptedException {
        synchronized (monitor) {
            if (!signalled) {
                TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
            }
        }
    }

    private void commitsStored() {
        synchronized (monitor) {
            signalled = true;
            monitor.notifyAll();
        }
        onAvailable.run();
    }

    private void closeOpen() {
        if (open != null) {
            open.close();
            open = null;
            events = null;
        }
    }
}
