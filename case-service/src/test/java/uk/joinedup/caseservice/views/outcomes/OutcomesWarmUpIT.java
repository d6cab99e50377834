package uk.joinedup.caseservice.views.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * After a start the dashboard's read models are read ahead of the first request, once, on a thread of its own;
 * warming up again reads every bucket and every family the service holds.
 */
class OutcomesWarmUpIT extends ApiIntegrationTest {

    @Autowired
    private OutcomesWarmUp warmUp;

    @Autowired
    private RecordsForOutcomes records;

    @Test
    void readsEveryBucketAndEveryFamilyAheadOfTheFirstDashboard() {
        assertThat(warmUp.done()).succeedsWithin(Duration.ofSeconds(30));
        String person = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Wren", "familyName", "Warmley", "dateOfBirth", "1990-01-02"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Warmley family"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", person, "relationship", "PARENT", "joinedOn", "2026-01-01"),
                family);
        awaitReadModels();

        int[] read = records.warmUp();

        assertThat(read[0])
                .as("buckets holding someone")
                .isPositive()
                .isLessThanOrEqualTo(OutcomeFactsProjection.BUCKETS);
        assertThat(read[1]).as("families").isPositive();
    }
}
