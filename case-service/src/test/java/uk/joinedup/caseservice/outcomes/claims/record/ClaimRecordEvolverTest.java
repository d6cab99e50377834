package uk.joinedup.caseservice.outcomes.claims.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.CLAIM;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.DRAFTED;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.SUBMITTED;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.drafted;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.paid;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.rejected;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.submitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord.Claim;

class ClaimRecordEvolverTest {

    private static final Recorded BY_MANAGER = new Recorded(
            "Priya Shah", new AgencyId("early-help"), "Early Help", null, Instant.parse("2026-10-01T10:00:00Z"));

    @Test
    void aDraftedClaimIsTheResultsFirstClaimWithItsEvidenceAndWhoDraftedIt() {
        ClaimRecord record = ClaimRecordEvolver.evolve(null, drafted(1), BY_MANAGER, 0);

        assertThat(record.claimId()).isEqualTo(CLAIM.value());
        assertThat(record.familyId()).isEqualTo("family-hill");
        assertThat(record.version()).isZero();
        Claim claim = record.current();
        assertThat(claim.reference()).isEqualTo(CLAIM.value() + "#1");
        assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claim.statusOn()).isEqualTo(DRAFTED);
        assertThat(claim.amount()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(claim.evidence()).containsExactly("fact-job", "fact-tenancy");
        assertThat(claim.draftedBy()).isEqualTo("Priya Shah");
    }

    @Test
    void followsAClaimThroughSubmissionAndRejectionToTheNextClaim() {
        LocalDate rejectedOn = LocalDate.of(2026, 10, 20);
        ClaimRecord record = ClaimRecordEvolver.evolve(null, drafted(1), BY_MANAGER, 0);
        record = ClaimRecordEvolver.evolve(record, submitted(1), BY_MANAGER, 1);
        record = ClaimRecordEvolver.evolve(record, rejected(1, rejectedOn), BY_MANAGER, 2);
        record = ClaimRecordEvolver.evolve(record, drafted(2), BY_MANAGER, 3);
        record = ClaimRecordEvolver.evolve(record, submitted(2), BY_MANAGER, 4);
        record = ClaimRecordEvolver.evolve(record, paid(2, rejectedOn.plusDays(1)), BY_MANAGER, 5);

        assertThat(record.version()).isEqualTo(5);
        assertThat(record.claims()).hasSize(2);
        Claim first = record.claims().get(0);
        assertThat(first.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(first.submittedOn()).isEqualTo(SUBMITTED);
        assertThat(first.rejectedOn()).isEqualTo(rejectedOn);
        assertThat(first.rejectionReason()).isEqualTo("The outcome was not sustained for six months");
        Claim second = record.current();
        assertThat(second.reference()).isEqualTo(CLAIM.value() + "#2");
        assertThat(second.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(second.paidOn()).isEqualTo(rejectedOn.plusDays(1));
        assertThat(second.statusOn()).isEqualTo(rejectedOn.plusDays(1));
    }
}
