package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.accesslog.Views.NOW;
import static uk.joinedup.caseservice.accesslog.Views.personView;

import java.time.Duration;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.accesslog.ChainVerification.Problem;

/** Tampering with stored records, as someone with database access might, and verification finding it. */
class ChainVerifierTest {

    private final LogStore store = LogStore.inMemory();
    private ChainVerifier verifier;

    @BeforeEach
    void tenRecords() {
        AccessLog log = store.open();
        for (int i = 1; i <= 10; i++) {
            log.appendAndGet(personView("person-" + i, NOW.plusSeconds(i)));
        }
        assertThat(log.awaitIndexed(Duration.ofSeconds(10))).isTrue();
        verifier = store.verifier();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUntouchedLogIsIntact() {
        ChainVerification verification = verifier.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBroken()).isNull();
        assertThat(verification.from()).isEqualTo(1);
        assertThat(verification.through()).isEqualTo(10);
        assertThat(verification.checked()).isEqualTo(10);
        assertThat(verification.headSequence()).isEqualTo(10);
        assertThat(verification.headHash())
                .isEqualTo(record(10).getString("hash").getValue());
    }

    @Test
    void findsARecordWhoseContentWasEdited() {
        edit(4, "userName", new BsonString("Someone Else"));

        assertBrokenAt(verifier.verify(), 4, Problem.CONTENT_CHANGED);
    }

    @Test
    void findsAnEditedCategoryAsWellAsAnEditedName() {
        edit(6, "withheld", new BsonDocument());

        assertBrokenAt(verifier.verify(), 6, Problem.CONTENT_CHANGED);
    }

    @Test
    void findsARecordThatWasEditedAndRehashed() {
        LoggedAccess original = AccessDocuments.toRecord(record(4));
        LoggedAccess forged = new LoggedAccess(
                4,
                original.format(),
                original.at(),
                original.userId(),
                "Someone Else",
                original.agency(),
                original.what(),
                original.subjectId(),
                original.personIds(),
                original.shown(),
                original.withheld(),
                original.references(),
                original.search(),
                original.searchSalt(),
                original.searchDigest(),
                original.redacted(),
                original.previousHash(),
                null);
        store.records().replaceOne(byId(4), AccessDocuments.toDocument(forged.chainedAt(4, original.previousHash())));

        assertBrokenAt(verifier.verify(), 5, Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void findsARecordDeletedFromTheMiddle() {
        store.records().deleteOne(byId(5));

        ChainVerification verification = verifier.verify();

        assertBrokenAt(verification, 5, Problem.RECORD_MISSING);
        assertThat(verification.through()).isEqualTo(4);
    }

    @Test
    void findsTheLastRecordDeletedBecauseTheHeadSaysMore() {
        store.records().deleteOne(byId(10));

        ChainVerification verification = verifier.verify();

        assertBrokenAt(verification, 10, Problem.CHAIN_SHORTER_THAN_HEAD);
        assertThat(verification.headSequence()).isEqualTo(10);
        assertThat(verification.firstBroken().detail()).contains("ends at record 9");
    }

    @Test
    void findsTheLastRecordRewrittenUnderTheHead() {
        LoggedAccess original = AccessDocuments.toRecord(record(10));
        LoggedAccess forged = new LoggedAccess(
                10,
                original.format(),
                original.at(),
                original.userId(),
                original.userName(),
                "another-agency",
                original.what(),
                original.subjectId(),
                original.personIds(),
                original.shown(),
                original.withheld(),
                original.references(),
                original.search(),
                original.searchSalt(),
                original.searchDigest(),
                original.redacted(),
                null,
                null);
        store.records().replaceOne(byId(10), AccessDocuments.toDocument(forged.chainedAt(10, original.previousHash())));

        assertBrokenAt(verifier.verify(), 10, Problem.HEAD_MISMATCH);
    }

    @Test
    void findsARecordThatCannotBeReadAnyMore() {
        store.records().updateOne(byId(3), new BsonDocument("$unset", new BsonDocument("at", new BsonString(""))));

        assertBrokenAt(verifier.verify(), 3, Problem.CONTENT_CHANGED);
    }

    @Test
    void verifiesInPartsThatMeet() {
        assertThat(verifier.verify(1, 5).through()).isEqualTo(5);
        ChainVerification rest = verifier.verify(6, Long.MAX_VALUE);
        assertThat(rest.intact()).isTrue();
        assertThat(rest.checked()).isEqualTo(5);

        edit(7, "agency", new BsonString("elsewhere"));
        assertThat(verifier.verify(1, 5).intact()).isTrue();
        assertBrokenAt(verifier.verify(6, 10), 7, Problem.CONTENT_CHANGED);
    }

    @Test
    void findsAPartWhoseFirstRecordDoesNotFollowTheOneBefore() {
        edit(5, "hash", new BsonString("f".repeat(64)));

        assertBrokenAt(verifier.verify(6, 10), 6, Problem.PREVIOUS_HASH_MISMATCH);
        assertBrokenAt(verifier.verify(), 5, Problem.CONTENT_CHANGED);
    }

    @Test
    void anEmptyLogIsIntact() {
        try (LogStore empty = LogStore.inMemory()) {
            ChainVerification verification = empty.verifier().verify();

            assertThat(verification.intact()).isTrue();
            assertThat(verification.checked()).isZero();
            assertThat(verification.headHash()).isEqualTo(ChainHash.GENESIS);
        }
    }

    @Test
    void appendingGoesOnAfterTamperingAndTheBreakStaysVisible() {
        store.records().deleteOne(byId(10));

        store.open().appendAndGet(personView("person-11", NOW));

        assertBrokenAt(verifier.verify(), 10, Problem.RECORD_MISSING);
        assertThat(verifier.verify(11, 11).intact()).isFalse();
    }

    private void assertBrokenAt(ChainVerification verification, long sequence, Problem problem) {
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken().sequence()).isEqualTo(sequence);
        assertThat(verification.firstBroken().problem()).isEqualTo(problem);
    }

    private void edit(long sequence, String field, org.bson.BsonValue value) {
        store.records().updateOne(byId(sequence), new BsonDocument("$set", new BsonDocument(field, value)));
    }

    private BsonDocument record(long sequence) {
        return store.records().find(byId(sequence)).first();
    }

    private static BsonDocument byId(long sequence) {
        return new BsonDocument("_id", new BsonInt64(sequence));
    }
}
