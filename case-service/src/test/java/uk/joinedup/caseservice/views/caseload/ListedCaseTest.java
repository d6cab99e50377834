package uk.joinedup.caseservice.views.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/** The orders caseloads are shown in, worked out for the day asked. */
class ListedCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static final ListedCase QUIET = listed("quiet", "Adams", CaseStatus.OPEN, "sam", List.of(), null, 0);
    private static final ListedCase UNLED = listed("unled", "Young", CaseStatus.OPEN, null, List.of(), null, 0);
    private static final ListedCase REVIEW_DUE =
            listed("review", "Zeta", CaseStatus.OPEN, "sam", List.of(), TODAY.minusDays(1), 0);
    private static final ListedCase ONE_OVERDUE =
            listed("one", "Brown", CaseStatus.OPEN, "sam", List.of(TODAY.minusDays(3), TODAY), null, 0);
    private static final ListedCase TWO_OVERDUE =
            listed("two", "Cole", CaseStatus.OPEN, "sam", List.of(TODAY.minusDays(1), TODAY.minusDays(2)), null, 0);
    private static final ListedCase REFERRED =
            listed("referred", "Evans", CaseStatus.NOT_OPEN, null, List.of(), null, 1);
    private static final ListedCase CLOSED =
            listed("closed", "Abbot", CaseStatus.CLOSED, null, List.of(TODAY.minusDays(9)), null, 0);

    @Test
    void aKeyworkerSeesCasesNeedingAttentionFirstThenOpenCasesThenByName() {
        List<ListedCase> sorted = Stream.of(QUIET, CLOSED, UNLED, REVIEW_DUE, ONE_OVERDUE, TWO_OVERDUE, REFERRED)
                .sorted(ListedCase.attentionFirst(TODAY))
                .toList();

        assertThat(sorted).containsExactly(ONE_OVERDUE, TWO_OVERDUE, UNLED, REVIEW_DUE, QUIET, CLOSED, REFERRED);
    }

    @Test
    void aManagerSeesTheMostOverdueFirstThenReviewsThenNoLeadThenReferrals() {
        List<ListedCase> sorted = Stream.of(QUIET, CLOSED, UNLED, REVIEW_DUE, ONE_OVERDUE, TWO_OVERDUE, REFERRED)
                .sorted(ListedCase.mostAttentionFirst(TODAY))
                .toList();

        assertThat(sorted).containsExactly(TWO_OVERDUE, ONE_OVERDUE, REVIEW_DUE, UNLED, REFERRED, QUIET, CLOSED);
    }

    @Test
    void whatIsOverdueIsTodaysAndOnlyForAnOpenCase() {
        assertThat(ONE_OVERDUE.key().overdueActions(TODAY)).isEqualTo(1);
        assertThat(ONE_OVERDUE.key().overdueActions(TODAY.minusDays(3))).isZero();
        assertThat(ONE_OVERDUE.key().needsAttention(TODAY.minusDays(3))).isFalse();
        assertThat(REVIEW_DUE.key().reviewOverdue(TODAY)).isTrue();
        assertThat(REVIEW_DUE.key().reviewOverdue(TODAY.minusDays(1))).isFalse();
        assertThat(CLOSED.key().overdueActions(TODAY)).isZero();
        assertThat(CLOSED.key().needsAttention(TODAY)).isFalse();
        assertThat(REFERRED.key().needsLeadProfessional()).isFalse();
    }

    @Test
    void closingACaseForgetsItsNextReview() {
        CaseKey closed = REVIEW_DUE.key().withStatus(CaseStatus.CLOSED);

        assertThat(closed.nextReviewOn()).isNull();
        assertThat(closed.withStatus(CaseStatus.OPEN).reviewOverdue(TODAY)).isFalse();
    }

    @Test
    void aManagersInboxListsCasesTheirAgencyIsInvolvedInAndEarlyHelpSeesReferralsAwaiting() {
        CaseKey involvingHousing = QUIET.key().withAgencies(Set.of("southampton-housing", "southampton-early-help"));

        assertThat(involvingHousing.mayBeManagedBy(Actors.earlyHelpManager())).isTrue();
        assertThat(involvingHousing.mayBeManagedBy(Actors.policeManager())).isFalse();
        assertThat(REFERRED.key().withAgencies(Set.of("southampton-housing")).mayBeManagedBy(Actors.earlyHelpManager()))
                .as("early help is the programme's front door while a referral awaits a decision")
                .isTrue();
        assertThat(REFERRED.key().mayBeManagedBy(Actors.policeManager())).isFalse();
    }

    private static ListedCase listed(
            String id,
            String name,
            CaseStatus status,
            String lead,
            List<LocalDate> dues,
            LocalDate nextReviewOn,
            int referrals) {
        return new ListedCase(
                id, new CaseKey(name, status, lead, dues, nextReviewOn, referrals, Set.of("southampton-early-help")));
    }
}
