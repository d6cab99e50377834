package uk.joinedup.caseservice.consent.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.consent.ConsentFixtures.STEPHEN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

class ConsentWordingTest {

    private static final AgencyId HOUSING = new AgencyId("southampton-housing");
    private static final AgencyId PROBATION = new AgencyId("southampton-probation");
    private static final Map<AgencyId, String> NAMES = Map.of(HOUSING, "Housing", PROBATION, "Probation");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 4);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 3);
    private static final Recorded BY_SAM = new Recorded(
            "Sam Patel",
            new AgencyId("southampton-early-help"),
            "Early Help",
            AgencyKind.EARLY_HELP,
            Instant.parse("2026-03-04T10:00:00Z"));

    private final ConsentRecord housingEmployment =
            consent(Set.of(HOUSING), Set.of(InformationCategory.EMPLOYMENT_AND_BENEFITS), Purpose.FAMILY_SUPPORT);

    @Test
    void saysWhoCanSeeWhatUntilWhenAndWhatFor() {
        assertThat(ConsentWording.sentence(housingEmployment, LocalDate.of(2026, 12, 2), NAMES::get))
                .isEqualTo("Housing can see employment and benefits information until 3 March 2027, to support the"
                        + " family.");
    }

    @Test
    void listsSeveralAgenciesAndCategories() {
        ConsentRecord wide = consent(
                Set.of(PROBATION, HOUSING),
                Set.of(InformationCategory.HEALTH, InformationCategory.HOUSING),
                Purpose.SAFEGUARDING);

        assertThat(ConsentWording.sentence(wide, LocalDate.of(2026, 12, 2), NAMES::get))
                .isEqualTo("Housing and Probation can see housing and health information until 3 March 2027, to keep"
                        + " someone safe from harm.");
    }

    @Test
    void saysWhenAConsentStartsExpiredOrWasWithdrawn() {
        assertThat(ConsentWording.sentence(housingEmployment, FROM.minusDays(1), NAMES::get))
                .startsWith("From 4 March 2026, Housing can see");
        assertThat(ConsentWording.sentence(housingEmployment, UNTIL.plusDays(1), NAMES::get))
                .isEqualTo("Housing could see employment and benefits information until 3 March 2027, to support the"
                        + " family. The consent has expired.");
        ConsentRecord withdrawn = ConsentRecordEvolver.evolve(
                housingEmployment,
                new ConsentWithdrawn(new ConsentId("c-1"), STEPHEN, LocalDate.of(2026, 12, 5), "Changed his mind"),
                BY_SAM,
                1);
        assertThat(ConsentWording.sentence(withdrawn, LocalDate.of(2026, 12, 6), NAMES::get))
                .isEqualTo("Withdrawn on 5 December 2026: Housing can no longer see employment and benefits"
                        + " information.");
    }

    private static ConsentRecord consent(
            Set<AgencyId> recipients, Set<InformationCategory> categories, Purpose purpose) {
        return ConsentRecordEvolver.evolve(
                null,
                new ConsentRecorded(
                        new ConsentId("c-1"),
                        STEPHEN,
                        ConsentGiver.THE_PERSON,
                        null,
                        recipients,
                        categories,
                        purpose,
                        FROM,
                        UNTIL,
                        ConsentEvidence.SIGNED_FORM,
                        null,
                        BY_SAM.agency()),
                BY_SAM,
                0);
    }
}
