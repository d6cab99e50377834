package uk.joinedup.caseservice.infrastructure.eventstore;

import java.time.Duration;
import org.axonframework.eventhandling.DefaultEventBusSpanFactory;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.tracing.NoOpSpanFactory;

/**
 * The event store over a {@link CommitLogEventStorageEngine}. Every tracking stream reads the log
 * itself ({@link CommitStream}) rather than through a shared cache as Axon's {@code
 * EmbeddedEventStore} does: that cache hands events over one at a time, so a processor could see the
 * first event of a multi-event commit without the rest, handle it alone, and then ignore the rest
 * because they carry the token it has already passed. Reading whole commits per stream makes a
 * commit's events arrive together, and a stream is woken as soon as this instance stores a commit.
 */
public final class CommitLogEventStore extends AbstractEventStore {

    /** How often an idle stream looks for commits that other instances stored. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final CommitLogEventStorageEngine engine;

    private CommitLogEventStore(Builder builder, CommitLogEventStorageEngine engine) {
        super(builder);
        this.engine = engine;
    }

    /** The event store with Axon's default (no-op) monitoring and tracing. */
    public static CommitLogEventStore over(CommitLogEventStorageEngine engine) {
        return over(
                engine,
                NoOpMessageMonitor.INSTANCE,
                DefaultEventBusSpanFactory.builder()
                        .spanFactory(NoOpSpanFactory.INSTANCE)
                        .build());
    }

    public static CommitLogEventStore over(
            CommitLogEventStorageEngine engine,
            MessageMonitor<? super EventMessage<?>> monitor,
            EventBusSpanFactory spanFactory) {
        Builder builder = new Builder();
        builder.storageEngine(engine).messageMonitor(monitor).spanFactory(spanFactory);
        return new CommitLogEventStore(builder, engine);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CommitStream(
                token -> engine.readEvents(token, false), trackingToken, engine.commitsStored(), POLL_INTERVAL);
    }

    private static final class Builder extends AbstractEventStore.Builder {}
}
