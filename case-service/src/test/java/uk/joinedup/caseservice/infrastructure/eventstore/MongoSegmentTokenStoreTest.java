package uk.joinedup.caseservice.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoSegmentTokenStoreTest {

    private static final String PROCESSOR = "person-chronology";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client =
            MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MongoDatabase database = client.getDatabase("tokens");
    private final MutableClock clock = new MutableClock();
    private final MongoSegmentTokenStore here = store("node-here");
    private final MongoSegmentTokenStore there = store("node-there");

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void initializesSegmentsOnceWithTheirInitialToken() {
        here.initializeTokenSegments(PROCESSOR, 2, token(7));

        assertThat(here.fetchSegments(PROCESSOR)).containsExactly(0, 1);
        assertThat(here.fetchToken(PROCESSOR, 1)).isEqualTo(token(7));
        assertThatThrownBy(() -> there.initializeTokenSegments(PROCESSOR, 2))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(here.requiresExplicitSegmentInitialization()).isTrue();
    }

    @Test
    void refusesToClaimASegmentThatDoesNotExist() {
        assertThatThrownBy(() -> here.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void keepsTheTokenOfTheNodeThatHoldsTheClaim() {
        here.initializeTokenSegments(PROCESSOR, 1);
        here.fetchToken(PROCESSOR, 0);
        here.storeToken(token(42), PROCESSOR, 0);

        assertThatThrownBy(() -> there.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> there.storeToken(token(43), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> there.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> there.deleteToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(here.fetchToken(PROCESSOR, 0)).isEqualTo(token(42));
    }

    @Test
    void letsAnotherNodeClaimAfterARelease() {
        here.initializeTokenSegments(PROCESSOR, 1);
        here.fetchToken(PROCESSOR, 0);
        here.storeToken(token(42), PROCESSOR, 0);
        here.releaseClaim(PROCESSOR, 0);

        assertThat(there.fetchToken(PROCESSOR, 0)).isEqualTo(token(42));
    }

    @Test
    void letsAnotherNodeClaimOnceTheClaimIsNoLongerExtended() {
        here.initializeTokenSegments(PROCESSOR, 1);
        here.fetchToken(PROCESSOR, 0);
        clock.advance(CLAIM_TIMEOUT.minusSeconds(1));
        here.extendClaim(PROCESSOR, 0);
        clock.advance(CLAIM_TIMEOUT.minusSeconds(1));
        assertThat(there.fetchAvailableSegments(PROCESSOR)).isEmpty();
        assertThatThrownBy(() -> there.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        clock.advance(Duration.ofSeconds(2));

        assertThat(there.fetchAvailableSegments(PROCESSOR)).containsExactly(Segment.ROOT_SEGMENT);
        there.fetchToken(PROCESSOR, 0);
        assertThatThrownBy(() -> here.storeToken(token(1), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void listsAsAvailableOnlySegmentsThisNodeMayClaim() {
        here.initializeTokenSegments(PROCESSOR, 2);
        there.fetchToken(PROCESSOR, 1);

        assertThat(here.fetchAvailableSegments(PROCESSOR)).containsExactly(Segment.computeSegment(0, 0, 1));
        assertThat(there.fetchAvailableSegments(PROCESSOR)).hasSize(2);
    }

    @Test
    void initializesAndDeletesSingleSegments() {
        here.initializeSegment(token(3), PROCESSOR, 4);
        assertThatThrownBy(() -> here.initializeSegment(token(3), PROCESSOR, 4))
                .isInstanceOf(UnableToInitializeTokenException.class);
        here.fetchToken(PROCESSOR, 4);

        here.deleteToken(PROCESSOR, 4);

        assertThat(here.fetchSegments(PROCESSOR)).isEmpty();
    }

    @Test
    void givesAContestedSegmentToExactlyOneOfManyNodes() throws Exception {
        here.initializeTokenSegments(PROCESSOR, 1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(node -> () -> {
                        try {
                            store("node-" + node).fetchToken(PROCESSOR, 0);
                            return true;
                        } catch (UnableToClaimTokenException e) {
                            return false;
                        }
                    })
                    .toList();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : threads.invokeAll(claims)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce(true);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void storesTokensAsReadableDocumentsAndReadsEveryKindBack() {
        here.initializeTokenSegments(PROCESSOR, 1);
        here.fetchToken(PROCESSOR, 0);
        TrackingToken replay = ReplayToken.createReplayToken(token(9), token(2));
        here.storeToken(replay, PROCESSOR, 0);
        assertThat(here.fetchToken(PROCESSOR, 0)).isEqualTo(replay);

        here.storeToken(GapAwareTrackingToken.newInstance(12, List.of(10L)), PROCESSOR, 0);

        BsonDocument stored = database.getCollection(MongoSegmentTokenStore.COLLECTION, BsonDocument.class)
                .find()
                .first();
        assertThat(stored.getString("_id").getValue()).isEqualTo(PROCESSOR + "/0");
        assertThat(stored.getDocument("token"))
                .isEqualTo(BsonDocument.parse("{index: {$numberLong: '12'}, gaps: [{$numberLong: '10'}]}"));
        assertThat(stored.getString("tokenType").getValue()).isEqualTo(GapAwareTrackingToken.class.getName());
    }

    @Test
    void keepsOneStorageIdentifier() {
        String identifier = here.retrieveStorageIdentifier().orElseThrow();

        assertThat(there.retrieveStorageIdentifier()).contains(identifier);
        assertThat(here.fetchSegments(PROCESSOR)).isEmpty();
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private MongoSegmentTokenStore store(String node) {
        return new MongoSegmentTokenStore(database, JacksonSerializer.defaultSerializer(), CLAIM_TIMEOUT, node, clock);
    }
}
