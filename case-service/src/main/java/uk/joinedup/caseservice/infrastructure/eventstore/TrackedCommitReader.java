package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.BsonDocument;
import uk.joinedup.caseservice.infrastructure.crypto.KeyState;

/**
 * Reads the global stream in windows of consecutive positions, each fetched with one {@code _id $in}
 * that also asks again for the token's gaps, so a commit that arrives late is still delivered. While
 * one window is consumed the next is fetched in the background. All events of a commit carry the
 * commit's token: Axon's processors handle events with equal tokens in one batch, so a commit is
 * never half processed.
 */
final class TrackedCommitReader {

    /**
     * The first window is small: most reads start near the newest commit, and on the embedded server
     * every id asked for costs a B-tree lookup whether it exists or not. It reaches just past the
     * newest commit this JVM stored, but no further than this.
     */
    static final int FIRST_WINDOW = 16;

    private static final int SMALLEST_WINDOW = 4;

    /**
     * Larger than the commits one write can lose in a crash. A small window finds nothing beyond such
     * a hole, so when a read finds nothing it looks this far ahead, at most once per {@link
     * #WIDE_LOOK_INTERVAL}, to step over holes left by another instance that crashed.
     */
    static final int WIDE_WINDOW = 128;

    static final Duration WIDE_LOOK_INTERVAL = Duration.ofSeconds(1);

    static final int MAX_WINDOW = 1000;

    private final MongoCollection<BsonDocument> commits;
    private final GapAbandonment gaps;
    private final Executor prefetcher;
    private final LongSupplier newestStored;
    private final Clock clock;
    private final Sealing sealing;
    private final AtomicLong lastWideLook;

    TrackedCommitReader(
            MongoCollection<BsonDocument> commits,
            GapAbandonment gaps,
            Executor prefetcher,
            LongSupplier newestStored,
            Clock clock,
            Sealing sealing) {
        this.commits = commits;
        this.sealing = sealing;
        this.gaps = gaps;
        this.prefetcher = prefetcher;
        this.newestStored = newestStored;
        this.clock = clock;
        this.lastWideLook = new AtomicLong(clock.millis());
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

    /** The first window of a read, looking wide now and then so that no hole can stop a reader. */
    private Window fetchFirst(GapAwareTrackingToken token) {
        long toNewestAndOneMore = newestStored.getAsLong() + 2 - (token.getIndex() + 1);
        Window window = fetch(token, (int) Math.max(SMALLEST_WINDOW, Math.min(FIRST_WINDOW, toNewestAndOneMore)));
        if (window.empty() && timeForAWideLook()) {
            return fetch(token, WIDE_WINDOW);
        }
        return window;
    }

    private boolean timeForAWideLook() {
        long now = clock.millis();
        long last = lastWideLook.get();
        return now - last >= WIDE_LOOK_INTERVAL.toMillis() && lastWideLook.compareAndSet(last, now);
    }

    private Window fetch(GapAwareTrackingToken token, int size) {
        gaps.giveUpExpired(token.getGaps());
        long from = token.getIndex() + 1;
        List<Long> positions = new ArrayList<>(token.getGaps().size() + size);
        positions.addAll(token.getGaps());
        for (long position = from; position < from + size; position++) {
            positions.add(position);
        }
        List<BsonDocument> found = new ArrayList<>(positions.size());
        for (BsonDocument filter : ByPosition.idsIn(positions)) {
            commits.find(filter).batchSize(ByPosition.AT_ONCE).into(found);
        }
        found.sort(Comparator.comparingLong(EventDocuments::position));
        // the window's keys in one look-up, here in the prefetch thread, while the previous window is consumed
        Map<String, KeyState> keys = sealing.find(Sealing.keyIdsOf(found.stream()
                .flatMap(commit -> EventDocuments.events(commit).stream())
                .toList()));

        GapAwareTrackingToken current = token;
        List<StoredEvent> events = new ArrayList<>();
        long newest = -1;
        for (BsonDocument commit : found) {
            long position = EventDocuments.position(commit);
            current = current.advanceTo(position, Integer.MAX_VALUE);
            newest = Math.max(newest, position);
            gaps.found(position);
            for (BsonDocument event : EventDocuments.events(commit)) {
                events.add(EventDocuments.storedEvent(event, current, keys));
            }
        }
        gaps.waitingFor(current.getGaps());
        boolean full = newest == from + size - 1;
        return new Window(events, current, found.isEmpty(), full, full ? Math.min(size * 8, MAX_WINDOW) : size);
    }

    private record Window(
            List<StoredEvent> events, GapAwareTrackingToken token, boolean empty, boolean full, int nextSize) {}

    /** Hands out the events of one window while the next is being fetched. */
    private final class WindowSpliterator extends Spliterators.AbstractSpliterator<StoredEvent> {

        private GapAwareTrackingToken start;
        private Iterator<StoredEvent> events = Collections.emptyIterator();
        private CompletableFuture<Window> next;

        private WindowSpliterator(GapAwareTrackingToken start) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.start = start;
        }

        @Override
        public boolean tryAdvance(Consumer<? super StoredEvent> action) {
            while (!events.hasNext()) {
                Window window = nextWindow();
                if (window == null) {
                    return false;
                }
                next = window.full()
                        ? CompletableFuture.supplyAsync(() -> fetch(window.token(), window.nextSize()), prefetcher)
                        : null;
                events = window.events().iterator();
            }
            action.accept(events.next());
            return true;
        }

        private Window nextWindow() {
            if (start != null) {
                Window first = fetchFirst(start);
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
