package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.family;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.id;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;

/**
 * The entry criteria judged on a day, as early identification asks them (ADR 29): the same rules as on the day
 * a family joins, with the day given.
 */
class EntryOnADayTest {

    private static final Schemes SCHEMES = new Schemes();
    private static final Scheme TROUBLED_FAMILIES = SCHEMES.byId("troubled-families-phase-1");
    private static final Scheme SUPPORTING_FAMILIES = SCHEMES.byId("supporting-families");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final SchemeFamilies family = family();

    EntryOnADayTest() {
        family.member("karen", LocalDate.of(1990, 5, 1))
                .has("jsa", LocalDate.of(2026, 3, 2), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                .has("eviction", LocalDate.of(2026, 6, 1), new EvictionNoticeServed());
        family.member("liam", LocalDate.of(2012, 3, 1))
                .has(
                        "abc",
                        LocalDate.of(2026, 9, 1),
                        new AntiSocialBehaviourInterventionGiven(
                                AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT, null));
    }

    @Test
    void judgesTheFourTroubledFamiliesCriteriaOnTheDayGiven() {
        EntryCriteria entry = TROUBLED_FAMILIES.entryOn(family.record(), TODAY);

        assertThat(entry.on()).isEqualTo(TODAY);
        assertThat(entry.criteriaNeeded()).isEqualTo(3);
        assertThat(entry.criteria())
                .extracting(EntryCriteria.Criterion::criterion)
                .containsExactly("crimeAndAntiSocialBehaviour", "education", "work", "localDiscretion");
        assertThat(entry.criteria())
                .extracting(EntryCriteria.Criterion::label)
                .containsExactly("Crime and anti-social behaviour", "Education", "Work", "Local discretion");
        assertThat(entry.met()).isEqualTo(3);
        assertThat(entry.eligible()).isTrue();
        assertThat(entry.criteria().get(0).finding().satisfiedBy()).containsExactly(id("abc"));
        assertThat(entry.criteria().get(3).finding().satisfiedBy()).containsExactly(id("eviction"));
    }

    @Test
    void aFactOutOfTheWindowOnTheDayNoLongerCounts() {
        EntryCriteria aYearOn = TROUBLED_FAMILIES.entryOn(family.record(), LocalDate.of(2027, 9, 2));

        assertThat(aYearOn.criteria().get(0).finding().met()).isFalse();
        assertThat(aYearOn.criteria().get(3).finding().met()).isFalse();
        assertThat(aYearOn.met()).isEqualTo(1);
        assertThat(aYearOn.eligible()).isFalse();
    }

    @Test
    void judgesEachSupportingFamiliesNeedOnTheDayGiven() {
        family.member("sam", LocalDate.of(1970, 1, 1))
                .has("referral", LocalDate.of(2026, 11, 1), new ReferredToMentalHealthService("Talking therapies"));

        EntryCriteria needs = SUPPORTING_FAMILIES.entryOn(family.record(), TODAY);

        assertThat(needs.criteriaNeeded()).isEqualTo(3);
        assertThat(needs.criteria())
                .extracting(EntryCriteria.Criterion::criterion)
                .contains("housing", "crime", "financialStability", "health");
        assertThat(needs.criteria().stream()
                        .filter(criterion -> criterion.finding().met())
                        .map(EntryCriteria.Criterion::criterion))
                .containsExactlyInAnyOrder("health", "crime", "housing", "financialStability");
        assertThat(needs.criteria().stream()
                        .filter(criterion -> criterion.criterion().equals("housing"))
                        .findFirst()
                        .orElseThrow()
                        .label())
                .isEqualTo("Secure housing");
        assertThat(needs.eligible()).isTrue();
    }

    @Test
    void namesTheKindsOfFactThatCanMeetAnEntryCriterion() {
        assertThat(TROUBLED_FAMILIES.entryKinds())
                .contains(
                        "OffenceProven",
                        "TermAttendanceRecorded",
                        "BenefitClaimStarted",
                        "LeftSchoolRoll",
                        "ChildProtectionPlanStarted",
                        "EvictionNoticeServed")
                .doesNotContain("RejoinedSchoolRoll", "BenefitClaimEnded");
        assertThat(SUPPORTING_FAMILIES.entryKinds())
                .contains("ReferredToMentalHealthService", "RentArrearsRecorded")
                .doesNotContain("JobStarted");
    }
}
