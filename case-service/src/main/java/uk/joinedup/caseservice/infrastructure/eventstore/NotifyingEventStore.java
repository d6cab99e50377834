package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store whose streams tell a pooled streaming processor when new events are
 * ready. Without that, the processor looks for new events only every 500 ms, which every request that
 * waits for the read models would pay.
 */
final class NotifyingEventStore extends EmbeddedEventStore {

    private final ReadSignal eventsRead;

    NotifyingEventStore(Builder builder, ReadSignal eventsRead) {
        super(builder);
        this.eventsRead = eventsRead;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifyingStream(super.openStream(trackingToken), eventsRead);
    }

    private static final class NotifyingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private final ReadSignal eventsRead;
        private volatile Runnable unsubscribe = () -> {};

        private NotifyingStream(TrackingEventStream delegate, ReadSignal eventsRead) {
            this.delegate = delegate;
            this.eventsRead = eventsRead;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            unsubscribe.run();
            unsubscribe = eventsRead.subscribe(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            unsubscribe.run();
            delegate.close();
        }
    }
}
