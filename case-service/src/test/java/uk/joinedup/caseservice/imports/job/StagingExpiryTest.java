package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.imports.job.StagedImports.ANN;
import static uk.joinedup.caseservice.imports.job.StagedImports.ANN_SUGGESTED;
import static uk.joinedup.caseservice.imports.job.StagedImports.TOM;
import static uk.joinedup.caseservice.imports.job.StagedImports.checked;
import static uk.joinedup.caseservice.imports.job.StagedImports.imported;
import static uk.joinedup.caseservice.imports.job.StagedImports.matched;
import static uk.joinedup.caseservice.imports.job.StagedImports.toReview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.imports.job.ImportStore.LedgerEntry;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;

/**
 * What an import staged is deleted 30 days after it was imported; the job and its counts stay, and so does the
 * ledger. Imports not finished keep their staging.
 */
class StagingExpiryTest {

    private static final Instant IMPORTED_AT = Instant.parse("2026-10-02T09:00:00Z");
    private static final Duration KEPT_FOR = Duration.ofDays(30);

    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final ImportStore store = new ImportStore(documents.documents(), documents.database());
    private final StagingExpiry expiry = new StagingExpiry(store, Clock.systemUTC(), KEPT_FOR);

    /** "imported" on 2 October, with results, a row to review and its decision; "checked", never started. */
    @BeforeEach
    void imports() {
        store.save(imported(checked("imported", 1), IMPORTED_AT));
        store.stage("imported", 0, List.of(matched(2, TOM, "p-1"), toReview(3, ANN, ANN_SUGGESTED)));
        store.results("imported", 0, Map.of("2", new RowResult(RowResult.State.IMPORTED, "p-1", null)));
        store.awaitReview("imported", List.of(new ReviewList.Entry(3, 0)));
        store.decide(new ReviewDecision(
                ReviewDecision.idOf("imported", 3), ReviewChoice.MATCH, "p-2", "dee.data", IMPORTED_AT));
        store.recorded(new LedgerEntry("fact-2", "hash-2", "p-1", IMPORTED_AT));

        store.save(checked("checked", 1));
        store.stage("checked", 0, List.of(matched(2, TOM, "p-1")));
    }

    @AfterEach
    void close() {
        documents.close();
    }

    @Test
    void keepsTheStagingOfAnImportFinishedWithinTheTimeKept() {
        assertThat(expiry.forgetExpired(at(IMPORTED_AT.plus(KEPT_FOR).minusSeconds(1))))
                .isZero();

        assertThat(store.staged("imported", 0)).hasSize(2);
        assertThat(store.job("imported").orElseThrow().stagingForgottenAt()).isNull();
    }

    @Test
    void deletesTheRowsResultsReviewAndDecisionsOfAnImportFinishedLonger() {
        ImportJob before = store.job("imported").orElseThrow();
        Instant now = IMPORTED_AT.plus(KEPT_FOR).plusSeconds(1);

        assertThat(expiry.forgetExpired(at(now))).isEqualTo(1);

        assertThat(documents.all("import_rows")).hasSize(1).allMatch(row -> row.getString("_id")
                .startsWith("checked#"));
        assertThat(documents.all("import_results")).isEmpty();
        assertThat(documents.all("import_reviews")).isEmpty();
        assertThat(documents.all("import_decisions")).isEmpty();
        ImportJob after = store.job("imported").orElseThrow();
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(after.stagingForgottenAt()).isEqualTo(now);
        assertThat(store.ledger(List.of("fact-2"))).containsOnlyKeys("fact-2");
    }

    @Test
    void anImportWhoseStagingIsGoneIsNotSweptAgainAndOthersAreNotSweptAtAll() {
        expiry.forgetExpired(at(IMPORTED_AT.plus(KEPT_FOR).plusSeconds(1)));

        assertThat(expiry.forgetExpired(at(IMPORTED_AT.plus(KEPT_FOR.multipliedBy(10)))))
                .isZero();
        assertThat(store.staged("checked", 0)).hasSize(1);
        assertThat(store.withStagingKept()).extracting(ImportJob::importId).containsExactly("checked");
    }

    @Test
    void anImportFinishedBeforeItsFinishWasKeptCountsFromWhenItStartedImporting() {
        ImportJob old = imported(checked("old", 1), IMPORTED_AT);
        store.save(new ImportJob(
                old.importId(),
                old.agencyId(),
                old.extractType(),
                old.fileName(),
                old.uploadedBy(),
                old.uploadedAt(),
                old.startedBy(),
                old.rowsTotal(),
                old.chunks(),
                old.progress(),
                old.report(),
                null,
                null));
        store.stage("old", 0, List.of(matched(2, TOM, "p-1")));

        assertThat(expiry.forgetExpired(
                        at(old.progress().phaseStartedAt().plus(KEPT_FOR).plusSeconds(1))))
                .isEqualTo(1);
        assertThat(store.job("old").orElseThrow().stagingForgottenAt()).isNotNull();
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
