package uk.joinedup.caseservice.emergency.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.EARLY_HELP;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.IN_A_DAY;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.NOW;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.OVERRIDE;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.STEPHEN;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.granted;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideEvent;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideReviewed;
import uk.joinedup.caseservice.infrastructure.axon.GoldenEvents;
import uk.joinedup.caseservice.sharing.EmergencyAccess;

class OverrideRecordEvolverTest {

    private static final Recorded BY_LEE = new Recorded(
            "Lee Morgan",
            new AgencyId("southampton-housing"),
            "Southampton City Council Housing",
            AgencyKind.HOUSING,
            NOW);
    private static final Recorded BY_MO = new Recorded(
            "Mo Ahmed", EARLY_HELP, "Southampton City Council Early Help", AgencyKind.EARLY_HELP, NOW.plusSeconds(60));

    /** No override event may vanish: folded in order, every golden sample changes the stored override. */
    @Test
    void everyOverrideEventChangesTheOverride() {
        OverrideRecord override = null;
        long version = 0;
        for (EmergencyOverrideEvent event : GoldenEvents.every(EmergencyOverrideEvent.class)) {
            OverrideRecord before = override;
            override = OverrideRecordEvolver.evolve(override, event, BY_LEE, version);

            assertThat(override).as(event.getClass().getSimpleName()).isNotEqualTo(before);
            assertThat(override.version()).isEqualTo(version);
            version++;
        }
        assertThat(version).isEqualTo(EmergencyOverrideEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void opensTheRecordToThePractitionerFromItsStartUntilJustBeforeItsEnd() {
        OverrideRecord override = OverrideRecordEvolver.evolve(null, granted(), BY_LEE, 0);

        assertThat(override.userName()).isEqualTo("Lee Morgan");
        assertThat(override.agencyKind()).isEqualTo(AgencyKind.HOUSING);
        assertThat(override.access()).isEqualTo(new EmergencyAccess(OVERRIDE.value(), "lee.morgan", NOW, IN_A_DAY));
        assertThat(override.activeAt(NOW)).isTrue();
        assertThat(override.activeAt(IN_A_DAY.minusMillis(1))).isTrue();
        assertThat(override.activeAt(IN_A_DAY)).isFalse();
        assertThat(override.review()).isNull();
    }

    @Test
    void keepsTheReviewWithWhoReviewedItAndWhen() {
        OverrideRecord override = OverrideRecordEvolver.evolve(null, granted(), BY_LEE, 0);
        override = OverrideRecordEvolver.evolve(
                override,
                new EmergencyOverrideReviewed(OVERRIDE, STEPHEN, false, "Could have called us", EARLY_HELP),
                BY_MO,
                1);

        assertThat(override.review())
                .isEqualTo(new OverrideReview(
                        false,
                        "Could have called us",
                        "Mo Ahmed",
                        EARLY_HELP,
                        "Southampton City Council Early Help",
                        Instant.parse("2026-12-02T10:01:00Z")));
        assertThat(override.version()).isEqualTo(1);
    }
}
