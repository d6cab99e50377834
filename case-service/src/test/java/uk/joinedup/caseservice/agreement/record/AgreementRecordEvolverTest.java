package uk.joinedup.caseservice.agreement.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.ISA;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.REVIEW;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.STARTS;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.registered;
import static uk.joinedup.caseservice.agreement.AgreementFixtures.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEnded;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEvent;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRegistered;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRevised;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;

class AgreementRecordEvolverTest {

    private static final Recorded BY_CHRIS = new Recorded(
            "Chris Ward",
            new AgencyId("southampton-early-help"),
            "Southampton City Council Early Help",
            AgencyKind.EARLY_HELP,
            Instant.parse("2026-04-01T09:00:00Z"));

    /** No agreement event may vanish: folded in order, every golden sample changes the stored agreement. */
    @Test
    void everyAgreementEventChangesTheAgreement() {
        AgreementRecord agreement = null;
        long version = 0;
        for (SharingAgreementEvent event : GoldenEvents.every(SharingAgreementEvent.class)) {
            AgreementRecord before = agreement;
            agreement = AgreementRecordEvolver.evolve(agreement, event, BY_CHRIS, version);

            assertThat(agreement).as(event.getClass().getSimpleName()).isNotEqualTo(before);
            assertThat(agreement.version()).isEqualTo(version);
            version++;
        }
        assertThat(version).isEqualTo(SharingAgreementEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void keepsEveryVersionAsAgreedAndGivesThePolicyTheCurrentOne() {
        Terms v2 = terms(
                Set.of(Party.agency(new AgencyId("southampton-probation")), Party.kind(AgencyKind.POLICE)),
                Set.of(InformationCategory.OFFENDING),
                Set.of(LawfulBasis.CRIME_AND_DISORDER_ACT_S115),
                STARTS,
                REVIEW.plusYears(1),
                null);
        AgreementRecord agreement = AgreementRecordEvolver.evolve(null, registered(), BY_CHRIS, 0);
        agreement = AgreementRecordEvolver.evolve(
                agreement, new SharingAgreementRevised(ISA, 2, v2, "Police joined"), BY_CHRIS, 1);

        AgreementTerms current = agreement.currentTerms();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.reviewOn()).isEqualTo(REVIEW.plusYears(1));
        assertThat(agreement.termsOfVersion(1).categories())
                .containsExactlyInAnyOrder(InformationCategory.OFFENDING, InformationCategory.HOUSING);
        assertThat(agreement.termsOfVersion(3)).isNull();
        assertThat(agreement.versions()).extracting(AgreementVersion::reason).containsExactly(null, "Police joined");
        assertThat(agreement.current().recordedBy()).isEqualTo("Chris Ward");
    }

    @Test
    void anEndedAgreementAppliesUpToItsLastDayButNeverLongerThanItsTerms() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        AgreementRecord agreement = AgreementRecordEvolver.evolve(null, registered(), BY_CHRIS, 0);
        AgreementRecord ended = AgreementRecordEvolver.evolve(
                agreement, new SharingAgreementEnded(ISA, lastDay, "Replaced"), BY_CHRIS, 1);

        assertThat(ended.currentTerms().endsOn()).isEqualTo(lastDay);
        assertThat(ended.currentTerms().inForceOn(lastDay)).isTrue();
        assertThat(ended.currentTerms().inForceOn(lastDay.plusDays(1))).isFalse();
        assertThat(ended.termsOfVersion(1).endsOn()).as("the version as agreed").isNull();

        AgreementRecord endingEarly = AgreementRecordEvolver.evolve(
                null,
                new SharingAgreementRegistered(
                        ISA,
                        1,
                        terms(
                                terms().parties(),
                                terms().categories(),
                                terms().lawfulBases(),
                                STARTS,
                                REVIEW,
                                LocalDate.of(2026, 6, 30))),
                BY_CHRIS,
                0);
        endingEarly = AgreementRecordEvolver.evolve(
                endingEarly, new SharingAgreementEnded(ISA, lastDay, "Late end"), BY_CHRIS, 1);
        assertThat(endingEarly.currentTerms().endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void saysWhetherAnAgreementHasEndedOrIsOverdueReviewOnADay() {
        AgreementRecord agreement = AgreementRecordEvolver.evolve(null, registered(), BY_CHRIS, 0);
        AgreementRecord ended = AgreementRecordEvolver.evolve(
                agreement, new SharingAgreementEnded(ISA, REVIEW.plusDays(10), "Replaced"), BY_CHRIS, 1);

        AgreementSummary overdue = AgreementSummary.of(agreement.currentTerms(), REVIEW.plusDays(1));
        assertThat(overdue.reviewOverdue()).isTrue();
        assertThat(overdue.ended()).isFalse();
        assertThat(overdue.inForce()).isTrue();

        AgreementSummary afterItsEnd = AgreementSummary.of(ended.currentTerms(), REVIEW.plusDays(11));
        assertThat(afterItsEnd.ended()).isTrue();
        assertThat(afterItsEnd.reviewOverdue())
                .as("an ended agreement is not reviewed")
                .isFalse();
        assertThat(afterItsEnd.inForce()).isFalse();
    }
}
