package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.imports.job.StagedImports.ANN;
import static uk.joinedup.caseservice.imports.job.StagedImports.ANN_SUGGESTED;
import static uk.joinedup.caseservice.imports.job.StagedImports.THOMAS;
import static uk.joinedup.caseservice.imports.job.StagedImports.TIM_SUGGESTED;
import static uk.joinedup.caseservice.imports.job.StagedImports.TOM;
import static uk.joinedup.caseservice.imports.job.StagedImports.TOM_SUGGESTED;
import static uk.joinedup.caseservice.imports.job.StagedImports.checked;
import static uk.joinedup.caseservice.imports.job.StagedImports.imported;
import static uk.joinedup.caseservice.imports.job.StagedImports.matched;
import static uk.joinedup.caseservice.imports.job.StagedImports.toReview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.imports.job.ImportStore.Forgotten;
import uk.joinedup.caseservice.imports.job.ImportStore.LedgerEntry;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * An erased person (Tom Hill, p-1) is forgotten in the staging kept and the ledger: rows about him keep their number
 * and outcome and nothing else he gave; other people's rows and entries are untouched.
 */
class ForgettingAPersonTest {

    private static final Instant IMPORTED_AT = Instant.parse("2026-10-02T09:00:00Z");

    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final ImportStore store = new ImportStore(documents.documents(), documents.database());

    /**
     * "imported": part 0 rows 2 (Tom), 3 (Ann), 4 (Thomas, suggesting Tom and Tim, waiting for review), 5 (suggesting
     * Ann, waiting), part 1 row 251 (Tom); "checked": row 2 (Tom), not started; "discarded". The ledger holds Tom's
     * rows 2 and 251, Ann's row 3, and a row of Tom's from an import whose staging is gone.
     */
    @BeforeEach
    void imports() {
        store.save(imported(checked("imported", 2), IMPORTED_AT));
        store.stage(
                "imported",
                0,
                List.of(
                        matched(2, TOM, "p-1"),
                        matched(3, ANN, "p-2"),
                        toReview(4, THOMAS, TOM_SUGGESTED, TIM_SUGGESTED),
                        toReview(5, ANN, ANN_SUGGESTED)));
        store.stage("imported", 1, List.of(matched(251, TOM, "p-1")));
        store.awaitReview("imported", List.of(new ReviewList.Entry(4, 0), new ReviewList.Entry(5, 0)));
        store.recorded(new LedgerEntry("fact-2", "hash-2", "p-1", IMPORTED_AT));
        store.recorded(new LedgerEntry("fact-251", "hash-251", "p-1", IMPORTED_AT));
        store.recorded(new LedgerEntry("fact-3", "hash-3", "p-2", IMPORTED_AT));
        store.recorded(new LedgerEntry("fact-old", "hash-old", "p-1", IMPORTED_AT.minusSeconds(86_400 * 90)));

        store.save(checked("checked", 1));
        store.stage("checked", 0, List.of(matched(2, TOM, "p-1")));
        store.save(checked("discarded", 1).discarded(StagedImports.DATA_OFFICER));
    }

    @AfterEach
    void close() {
        documents.close();
    }

    @Test
    void rowsAboutThePersonKeepTheirNumberAndOutcomeAndNothingHeGave() {
        Forgotten forgotten = store.forgetPerson("p-1");

        assertThat(forgotten).isEqualTo(new Forgotten(4, 3));
        StagedRow tom = row("imported", 0, 2);
        assertThat(tom.outcome()).isEqualTo(RowOutcome.MATCHED);
        assertThat(tom.identity()).isNull();
        assertThat(tom.address()).isNull();
        assertThat(tom.fact()).isNull();
        assertThat(tom.occurredOn()).isNull();
        assertThat(tom.recordsNow())
                .as("a forgotten row is not recorded if the import starts")
                .isFalse();
        StagedRow thomas = row("imported", 0, 4);
        assertThat(thomas.outcome()).isEqualTo(RowOutcome.TO_REVIEW);
        assertThat(thomas.identity()).isNull();
        assertThat(thomas.suggestions()).containsExactly(TIM_SUGGESTED);
        assertThat(row("imported", 1, 251).identity()).isNull();
        assertThat(row("checked", 0, 2).identity()).isNull();
        assertThat(everything()).doesNotContain("Tom", "Thomas", "9434765919", "2011-03-04", "[2011,3,4]");
    }

    @Test
    void otherPeoplesRowsAndEntriesAreUntouched() {
        store.forgetPerson("p-1");

        assertThat(row("imported", 0, 3)).isEqualTo(matched(3, ANN, "p-2"));
        assertThat(row("imported", 0, 5)).isEqualTo(toReview(5, ANN, ANN_SUGGESTED));
        assertThat(store.ledger(List.of("fact-3"))).containsOnlyKeys("fact-3");
        assertThat(everything()).contains("Ann", "4010232137", "Tim");
    }

    @Test
    void theirLedgerEntriesAreDeletedThoseOfImportsNoLongerStagedToo() {
        store.forgetPerson("p-1");

        assertThat(store.ledger(List.of("fact-2", "fact-251", "fact-old", "fact-3")))
                .containsOnlyKeys("fact-3");
    }

    @Test
    void aRowForgottenWhileWaitingForReviewWaitsNoMore() {
        store.forgetPerson("p-1");

        assertThat(store.awaitingReview("imported")).containsExactly(new ReviewList.Entry(5, 0));
    }

    @Test
    void forgettingAgainFindsNothingMore() {
        store.forgetPerson("p-1");

        assertThat(store.forgetPerson("p-1")).isEqualTo(new Forgotten(0, 0));
    }

    @Test
    void theErasureEventForgetsThem() {
        new ErasedPeopleInImports(store).on(new PersonErased(new PersonId("p-1"), new ErasureId("erasure-1")));

        assertThat(row("imported", 0, 2).identity()).isNull();
        assertThat(store.ledger(List.of("fact-2"))).isEmpty();
    }

    @Test
    void someoneWithNoRowsChangesNothing() {
        String before = everything();

        assertThat(store.forgetPerson("p-9")).isEqualTo(new Forgotten(0, 0));
        assertThat(everything()).isEqualTo(before);
    }

    private StagedRow row(String importId, int chunk, int row) {
        return store.staged(importId, chunk).stream()
                .filter(staged -> staged.row() == row)
                .findFirst()
                .orElseThrow();
    }

    /** Every document of the imports' collections, as JSON. */
    private String everything() {
        List<String> all = new ArrayList<>();
        for (String collection : List.of(
                "import_jobs",
                "import_rows",
                "import_results",
                "import_decisions",
                "import_reviews",
                "import_ledger",
                "import_ledger_people")) {
            documents.all(collection).stream().map(Document::toJson).forEach(all::add);
        }
        return String.join("\n", all);
    }
}
