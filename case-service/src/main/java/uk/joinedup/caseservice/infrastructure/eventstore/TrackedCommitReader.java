package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.BsonDocument;

/**
 * Reads the global stream in windows of consecutive positions, each fetched with one {@code _id $in}
 * that also asks again for the token's gaps, so a commit that arrives late is still delivered. While
 * one window is consumed the next is fetched in the background. All events of a commit carry the
 * commit's token: Axon's processors handle events with equal tokens in one batch, so a commit is
 * never half processed.
 */
final class TrackedCommitReader {

    /** Larger than the commits one write can lose in a crash, so an empty window means the end. */
    static final int FIRST_WINDOW = 128;

    static final int MAX_WINDOW = 1000;

    private final MongoCollection<BsonDocument> commits;
    private final GapAbandonment gaps;
    private final Executor prefetcher;
    private final ReadSignal eventsRead;

    TrackedCommitReader(
            MongoCollection<BsonDocument> commits, GapAbandonment gaps, Executor prefetcher, ReadSignal eventsRead) {
        this.commits = commits;
        this.gaps = gaps;
        this.prefetcher = prefetcher;
        this.eventsRead = eventsRead;
    }

    Stream<StoredEvent> read(TrackingToken after) {
        WindowSpliterator spliterator = new WindowSpliterator(startingAfter(after));
        return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
    }

    private static GapAwareTrackingToken startingAfter(TrackingToken token) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException(
                "Unsupported token type " + token.getClass().getName());
    }

    private Window fetch(GapAwareTrackingToken token, int size) {
        gaps.giveUpExpired(token.getGaps());
        long from = token.getIndex() + 1;
        List<Long> positions = new ArrayList<>(token.getGaps().size() + size);
        positions.addAll(token.getGaps());
        for (long position = from; position < from + size; position++) {
            positions.add(position);
        }
        List<BsonDocument> found = commits.find(ByPosition.idsIn(positions))
                .batchSize(positions.size())
                .into(new ArrayList<>());
        found.sort(Comparator.comparingLong(EventDocuments::position));

        GapAwareTrackingToken current = token;
        List<StoredEvent> events = new ArrayList<>();
        long newest = -1;
        for (BsonDocument commit : found) {
            long position = EventDocuments.position(commit);
            current = current.advanceTo(position, Integer.MAX_VALUE);
            newest = Math.max(newest, position);
            gaps.found(position);
            for (BsonDocument event : EventDocuments.events(commit)) {
                events.add(EventDocuments.storedEvent(event, current));
            }
        }
        gaps.waitingFor(current.getGaps());
        boolean full = newest == from + size - 1;
        return new Window(events, current, full, full ? Math.min(size * 4, MAX_WINDOW) : size);
    }

    private record Window(List<StoredEvent> events, GapAwareTrackingToken token, boolean full, int nextSize) {}

    /** Hands out the events of one window while the next is being fetched. */
    private final class WindowSpliterator extends Spliterators.AbstractSpliterator<StoredEvent> {

        private GapAwareTrackingToken start;
        private Iterator<StoredEvent> events = Collections.emptyIterator();
        private CompletableFuture<Window> next;
        private boolean delivered;

        private WindowSpliterator(GapAwareTrackingToken start) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.start = start;
        }

        @Override
        public boolean tryAdvance(Consumer<? super StoredEvent> action) {
            while (!events.hasNext()) {
                Window window = nextWindow();
                if (window == null) {
                    if (delivered) {
                        delivered = false;
                        eventsRead.raise();
                    }
                    return false;
                }
                next = window.full()
                        ? CompletableFuture.supplyAsync(() -> fetch(window.token(), window.nextSize()), prefetcher)
                        : null;
                events = window.events().iterator();
            }
            action.accept(events.next());
            delivered = true;
            return true;
        }

        private Window nextWindow() {
            if (start != null) {
                Window first = fetch(start, FIRST_WINDOW);
                start = null;
                return first;
            }
            if (next == null) {
                return null;
            }
            try {
                return next.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        void close() {
            if (next != null) {
                next.cancel(false);
            }
        }
    }
}
