package uk.joinedup.caseservice.consent.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.consent.ConsentFixtures.STEPHEN;
import static uk.joinedup.caseservice.consent.ConsentFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/** The caseload's "consents expiring soon": in force today, last day within the window, soonest first. */
class ConsentRecordsTest {

    private static final Recorded BY_SAM = new Recorded(
            "Sam Patel",
            new AgencyId("southampton-early-help"),
            "Early Help",
            AgencyKind.EARLY_HELP,
            Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void listsConsentsInForceTodayWhoseLastDayIsWithinTheWindowSoonestFirst() {
        List<ConsentRecord> consents = List.of(
                consent("ends-in-30-days", TODAY.minusMonths(6), TODAY.plusDays(30)),
                consent("ends-today", TODAY.minusMonths(6), TODAY),
                consent("ends-in-31-days", TODAY.minusMonths(6), TODAY.plusDays(31)),
                consent("ended-yesterday", TODAY.minusMonths(6), TODAY.minusDays(1)),
                consent("not-yet-begun", TODAY.plusDays(1), TODAY.plusDays(10)),
                withdrawn(consent("withdrawn", TODAY.minusMonths(6), TODAY.plusDays(5))));

        List<ConsentSummary> expiring = ConsentRecords.expiringWithin(consents, TODAY, 30);

        assertThat(expiring).extracting(ConsentSummary::consentId).containsExactly("ends-today", "ends-in-30-days");
        assertThat(expiring).extracting(ConsentSummary::daysLeft).containsExactly(0L, 30L);
        assertThat(expiring.get(0).personId()).isEqualTo(STEPHEN.value());
    }

    private static ConsentRecord consent(String id, LocalDate from, LocalDate until) {
        return ConsentRecordEvolver.evolve(
                null,
                new ConsentRecorded(
                        new ConsentId(id),
                        STEPHEN,
                        ConsentGiver.THE_PERSON,
                        null,
                        Set.of(new AgencyId("southampton-housing")),
                        Set.of(InformationCategory.HOUSING),
                        Purpose.FAMILY_SUPPORT,
                        from,
                        until,
                        ConsentEvidence.SIGNED_FORM,
                        null,
                        BY_SAM.agency()),
                BY_SAM,
                0);
    }

    private static ConsentRecord withdrawn(ConsentRecord consent) {
        return ConsentRecordEvolver.evolve(
                consent,
                new ConsentWithdrawn(new ConsentId(consent.consentId()), STEPHEN, TODAY.minusDays(1), "Changed mind"),
                BY_SAM,
                1);
    }
}
