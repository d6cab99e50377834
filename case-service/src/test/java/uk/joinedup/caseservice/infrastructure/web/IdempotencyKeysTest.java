package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.eventstore.MutableClock;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.personaldata.SubjectErased;

/**
 * Keys are kept a day: a sweep deletes the older ones and no others; an expired key may be claimed again. An erasure
 * deletes the answers naming the subject.
 */
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

    @Test
    void anErasureDeletesTheAnswersNamingTheSubjectAndNoOthers() {
        answer(
                "user/register-tom",
                "/people/p-1",
                "{\"personId\":\"p-1\",\"name\":\"Tom Hill\",\"nhsNumber\":\"9434765919\"}");
        answer("user/family-of-tom", null, "{\"familyId\":\"f-1\",\"members\":[\"p-1\",\"p-2\"]}");
        answer("user/where-tom-is", "/people/p-1/facts/x", "{}");
        answer("user/register-ann", "/people/p-12", "{\"personId\":\"p-12\",\"name\":\"Ann Hill\"}");
        keys.claim("user/unanswered", "hash");

        assertThat(keys.forget(DataSubject.person("p-1"))).isEqualTo(3);

        assertThat(keys.find("user/register-tom")).isEmpty();
        assertThat(keys.find("user/family-of-tom")).isEmpty();
        assertThat(keys.find("user/where-tom-is")).isEmpty();
        assertThat(keys.find("user/register-ann").orElseThrow().answer().body())
                .asString(StandardCharsets.UTF_8)
                .contains("Ann Hill");
        assertThat(keys.find("user/unanswered")).isPresent();
        List<String> left = new ArrayList<>();
        client.getDatabase("keys")
                .getCollection("idempotency-keys")
                .find()
                .forEach(document -> left.add(document.toJson()));
        assertThat(String.join("\n", left)).doesNotContain("Tom Hill", "9434765919");
    }

    @Test
    void anErasureOfAFamilyDeletesTheAnswersNamingIt() {
        answer("user/register-family", "/families/f-1", "{\"familyId\":\"f-1\",\"name\":\"The Hills\"}");
        answer("user/register-tom", "/people/p-1", "{\"personId\":\"p-1\"}");

        assertThat(keys.forget(DataSubject.family("f-1"))).isEqualTo(1);

        assertThat(keys.find("user/register-family")).isEmpty();
        assertThat(keys.find("user/register-tom")).isPresent();
    }

    @Test
    void theErasureOfAnySubjectReachesTheAnswers() {
        answer("user/register-tom", "/people/p-1", "{\"personId\":\"p-1\",\"name\":\"Tom Hill\"}");

        new IdempotencyAnswersOfErased(keys).on(new SubjectErased() {
            @Override
            public DataSubject erasedSubject() {
                return DataSubject.person("p-1");
            }

            @Override
            public ErasureId erasureId() {
                return new ErasureId("erasure-1");
            }
        });

        assertThat(keys.find("user/register-tom")).isEmpty();
    }

    private void answer(String key, String location, String body) {
        keys.claim(key, "hash of " + key);
        keys.answered(
                key,
                new IdempotencyKeys.Answer(201, "application/json", location, body.getBytes(StandardCharsets.UTF_8)));
    }
}
