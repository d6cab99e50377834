package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.eventstore.MutableClock;

/** Keys are kept a day: a sweep deletes the older ones and no others; an expired key may be claimed again. */
class IdempotencyKeysTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client =
            MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MutableClock clock = new MutableClock();
    private final IdempotencyKeys keys = new IdempotencyKeys(client.getDatabase("keys"), clock);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSweepDeletesTheKeysOlderThanADayAndKeepsTheRest() {
        keys.claim("user/old", "hash-1");
        clock.advance(Duration.ofHours(2));
        keys.claim("user/recent", "hash-2");
        clock.advance(IdempotencyKeys.KEPT_FOR.minusHours(1));

        assertThat(keys.sweepExpired()).isEqualTo(1);

        assertThat(keys.find("user/old")).isEmpty();
        assertThat(keys.find("user/recent")).isPresent();
    }

    @Test
    void aKeyWithinItsDayIsNotSwept() {
        keys.claim("user/key", "hash");
        clock.advance(IdempotencyKeys.KEPT_FOR.minusSeconds(1));

        assertThat(keys.sweepExpired()).isZero();
        assertThat(keys.find("user/key")).isPresent();
    }

    @Test
    void anExpiredKeyNotYetSweptIsClaimedAfresh() {
        keys.claim("user/key", "first request");
        clock.advance(IdempotencyKeys.KEPT_FOR.plusSeconds(1));

        assertThat(keys.claim("user/key", "another request")).isEmpty();
        assertThat(keys.find("user/key"))
                .get()
                .extracting(IdempotencyKeys.Claim::requestHash)
                .isEqualTo("another request");
    }
}
