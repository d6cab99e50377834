package uk.joinedup.caseservice.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.family.api.ClosureReason;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.family.record.FamilyRecord.Closure;

/** The case file's cost of a family: which entries it costs, the facts' properties it matches, the support. */
class FamilyCostsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final UnitCost PERMANENT = new UnitCost(
            "ExcludedFromSchool",
            Map.of("exclusion", "PERMANENT"),
            null,
            null,
            new BigDecimal("12000"),
            "Council education",
            "A permanent exclusion",
            "x");
    private static final CostsProperties COSTS =
            new CostsProperties(List.of(PERMANENT), new BigDecimal("35"), new BigDecimal("7"), "x", 1);
    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final FamilyCosts costs = new FamilyCosts(COSTS, JSON);

    @Test
    void costsTheMembersFactsByTheirPropertiesButNotRetractedOnesNorTheFamilysOwnEntries() {
        List<ChronologyEntry> visible = List.of(
                entry("liam", new ExcludedFromSchool(ExclusionType.PERMANENT, null), false),
                entry("james", new ExcludedFromSchool(ExclusionType.PERMANENT, null), false),
                entry("liam", new ExcludedFromSchool(ExclusionType.FIXED_TERM, 3), false),
                entry("chloe", new ExcludedFromSchool(ExclusionType.PERMANENT, null), true),
                entry(null, new ExcludedFromSchool(ExclusionType.PERMANENT, null), false),
                entry("liam", null, false));

        FamilyCostView cost = costs.of(visible, family(CaseStatus.NOT_OPEN, null, null), null, TODAY);

        assertThat(cost.years()).singleElement().satisfies(year -> {
            assertThat(year.publicCost()).as("Liam's and James's").isEqualByComparingTo("24000");
            assertThat(year.support()).isZero();
        });
    }

    @Test
    void supportIsTheBudgetsSpendAndTheKeyworkersTimeUntilTheCaseClosed() {
        BudgetRecord budget = new BudgetRecord(
                "budget:f1",
                "f1",
                Map.of(),
                Map.of(
                        "c1",
                        new BudgetRecord.Commitment(
                                "c1",
                                "a1",
                                "Provider",
                                "Purpose",
                                "g1",
                                new Money(50_000),
                                TODAY.minusDays(10),
                                "Sam Patel",
                                Instant.parse("2026-11-23T10:00:00Z"),
                                List.of(new BudgetRecord.Spend("s1", new Money(12_050), TODAY.minusDays(5), "Sam")),
                                null)),
                3);

        FamilyCostView open = costs.of(List.of(), family(CaseStatus.OPEN, TODAY.minusDays(6), null), budget, TODAY);
        assertThat(open.years().get(0).budgetSpend()).isEqualByComparingTo("120.50");
        assertThat(open.years().get(0).keyworkerTime())
                .as("7 days at 7 hours a week and £35")
                .isEqualByComparingTo("245");

        FamilyCostView closed =
                costs.of(List.of(), family(CaseStatus.CLOSED, TODAY.minusDays(6), TODAY.minusDays(4)), null, TODAY);
        assertThat(closed.years().get(0).keyworkerTime()).as("3 days").isEqualByComparingTo("105");
        assertThat(closed.years().get(0).budgetSpend()).isZero();
    }

    @Test
    void costsAMembersTypedFactsEitherSideOfTheOpeningByTheirProperties() {
        LocalDate openedOn = TODAY.minusDays(400);
        List<MemberFact> facts = List.of(
                new MemberFact("liam", openedOn.minusDays(1), new ExcludedFromSchool(ExclusionType.PERMANENT, null)),
                new MemberFact("liam", openedOn, new ExcludedFromSchool(ExclusionType.FIXED_TERM, 3)),
                new MemberFact("james", openedOn.plusDays(1), new ExcludedFromSchool(ExclusionType.PERMANENT, null)));

        BeforeAndAfter cost = costs.aroundOpening(facts, openedOn, TODAY);

        assertThat(cost.totalBefore()).isEqualByComparingTo("12000");
        assertThat(cost.totalAfter())
                .as("James's; Liam's fixed-term exclusion is in no row")
                .isEqualByComparingTo("12000");
    }

    @Test
    void supportAfterOpeningIsTheKeyworkersTimeUntilTheCaseClosed() {
        LocalDate openedOn = TODAY.minusDays(400);

        Support closed =
                costs.supportAfterOpening(family(CaseStatus.CLOSED, openedOn, openedOn.plusDays(2)), null, TODAY);

        assertThat(closed.keyworkerTime())
                .as("3 days at 7 hours a week and £35")
                .isEqualByComparingTo("105");
        assertThat(closed.budgetSpend()).isZero();
    }

    private static FamilyRecord family(CaseStatus status, LocalDate openedOn, LocalDate closedOn) {
        return new FamilyRecord(
                "f1",
                "Walker family",
                new AgencyId("southampton-early-help"),
                null,
                null,
                status,
                openedOn,
                closedOn == null ? null : new Closure(ClosureReason.OTHER, "Done", closedOn, false),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                null,
                null,
                null);
    }

    private static ChronologyEntry entry(String personId, AgencyFact fact, boolean retracted) {
        return new ChronologyEntry(
                "e1",
                fact == null ? "CaseNoteWritten" : fact.getClass().getSimpleName(),
                TODAY.minusDays(1),
                personId,
                new AgencyId("southampton-education"),
                "Education",
                null,
                InformationCategory.EDUCATION,
                fact,
                null,
                "Ana Silva",
                Instant.parse("2026-12-02T10:00:00Z"),
                null,
                retracted);
    }
}
