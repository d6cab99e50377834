package uk.joinedup.caseservice.consent.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.consent.ConsentFixtures.CONSENT;
import static uk.joinedup.caseservice.consent.ConsentFixtures.NEXT_YEAR;
import static uk.joinedup.caseservice.consent.ConsentFixtures.STEPHEN;
import static uk.joinedup.caseservice.consent.ConsentFixtures.TODAY;
import static uk.joinedup.caseservice.consent.ConsentFixtures.consentRecorded;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.consent.api.ConsentEvent;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;
import uk.joinedup.caseservice.sharing.ConsentTerms;

class ConsentRecordEvolverTest {

    private static final Recorded BY_SAM = new Recorded(
            "Sam Patel",
            new AgencyId("southampton-early-help"),
            "Southampton City Council Early Help",
            AgencyKind.EARLY_HELP,
            Instant.parse("2026-12-02T10:00:00Z"));

    /** No consent event may vanish: folded in order, every golden sample changes the stored consent. */
    @Test
    void everyConsentEventChangesTheConsent() {
        ConsentRecord consent = null;
        long version = 0;
        for (ConsentEvent event : GoldenEvents.every(ConsentEvent.class)) {
            ConsentRecord before = consent;
            consent = ConsentRecordEvolver.evolve(consent, event, BY_SAM, version);

            assertThat(consent).as(event.getClass().getSimpleName()).isNotEqualTo(before);
            assertThat(consent.version()).isEqualTo(version);
            assertThat(consent.history()).hasSize((int) version + 1);
            version++;
        }
        assertThat(version).isEqualTo(ConsentEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void keepsWhoRecordedItAndWhenAndGivesThePolicyItsTerms() {
        ConsentRecord consent = ConsentRecordEvolver.evolve(null, consentRecorded(), BY_SAM, 0);

        assertThat(consent.recordedByName()).isEqualTo("Sam Patel");
        assertThat(consent.recordedByAgencyName()).isEqualTo("Southampton City Council Early Help");
        assertThat(consent.recordedByAgencyKind()).isEqualTo(AgencyKind.EARLY_HELP);
        assertThat(consent.recordedAt()).isEqualTo(BY_SAM.at());
        assertThat(consent.statusOn(TODAY)).isEqualTo(ConsentStatus.ACTIVE);
        ConsentTerms terms = consent.terms();
        assertThat(terms.consentId()).isEqualTo(CONSENT.value());
        assertThat(terms.validUntil()).isEqualTo(NEXT_YEAR);
        assertThat(terms.withdrawnOn()).isNull();
    }

    @Test
    void aWithdrawalEndsItFromTheDayOfWithdrawalAndIsKeptInTheHistory() {
        ConsentRecord consent = ConsentRecordEvolver.evolve(null, consentRecorded(), BY_SAM, 0);
        consent = ConsentRecordEvolver.evolve(
                consent, new ConsentWithdrawn(CONSENT, STEPHEN, TODAY.plusDays(3), "Changed his mind"), BY_SAM, 1);

        assertThat(consent.statusOn(TODAY.plusDays(2))).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.statusOn(TODAY.plusDays(3))).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(consent.terms().inForceOn(TODAY.plusDays(3))).isFalse();
        assertThat(consent.withdrawalReason()).isEqualTo("Changed his mind");
        assertThat(consent.history())
                .extracting(ConsentChange::what)
                .containsExactly(ConsentChange.Kind.RECORDED, ConsentChange.Kind.WITHDRAWN);
        assertThat(consent.history().get(1).reason()).isEqualTo("Changed his mind");
    }

    @Test
    void standsNotYetInForceBeforeItsFirstDayAndExpiredAfterItsLast() {
        ConsentRecord consent = ConsentRecordEvolver.evolve(null, consentRecorded(), BY_SAM, 0);

        assertThat(consent.statusOn(TODAY.minusDays(1))).isEqualTo(ConsentStatus.NOT_YET_IN_FORCE);
        assertThat(consent.statusOn(TODAY)).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.statusOn(NEXT_YEAR)).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.statusOn(NEXT_YEAR.plusDays(1))).isEqualTo(ConsentStatus.EXPIRED);
    }
}
