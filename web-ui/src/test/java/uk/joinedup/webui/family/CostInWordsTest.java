package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.CostUnit;
import uk.joinedup.webui.caseservice.FamilyCostView;
import uk.joinedup.webui.govuk.BundleLabels;

class CostInWordsTest {

    private final CostInWords words = new CostInWords(BundleLabels.labels());

    @Test
    void saysHowManyOfAUnitAtWhatCostAndWhatThatComesTo() {
        assertThat(words.line(line("An offence proven", "2", CostUnit.OCCURRENCE, "1500.00", "3000.00")))
                .isEqualTo("An offence proven: 2 at £1,500 each, £3,000");
        assertThat(words.line(line("A night in custody", "45", CostUnit.DAY, "130.00", "5850.00")))
                .isEqualTo("A night in custody: 45 days at £130 a day, £5,850");
        assertThat(words.line(line("A week of Jobseeker's Allowance", "12.86", CostUnit.WEEK, "92.05", "1183.76")))
                .isEqualTo("A week of Jobseeker's Allowance: 12.86 weeks at £92.05 a week, £1,183.76");
        assertThat(words.line(line("A day in care", "1", CostUnit.DAY, "301.37", "301.37")))
                .isEqualTo("A day in care: 1 day at £301.37 a day, £301.37");
    }

    @Test
    void namesTheFactARowCostsAndTheValuesItsFieldsMustHave() {
        assertThat(words.fact(unitCost("AntiSocialBehaviourReported", Map.of(), CostUnit.OCCURRENCE, null)))
                .isEqualTo("Anti-social behaviour reported");
        assertThat(words.fact(unitCost(
                        "OffenceProven", Map.of("disposal", "CONVICTION_CUSTODIAL"), CostUnit.OCCURRENCE, null)))
                .isEqualTo("Offence proven, where Outcome is Conviction: custodial sentence");
    }

    @Test
    void saysHowOftenARowCountsAndUntilWhat() {
        assertThat(words.unit(unitCost("AntiSocialBehaviourReported", Map.of(), CostUnit.OCCURRENCE, null)))
                .isEqualTo("Each time it is recorded");
        assertThat(words.unit(unitCost("BecameLookedAfter", Map.of(), CostUnit.DAY, "LeftCare")))
                .isEqualTo("Each day, until Left care is recorded");
        assertThat(words.unit(unitCost("BenefitClaimStarted", Map.of(), CostUnit.WEEK, null)))
                .isEqualTo("Each week, until today");
        assertThat(words.unit(unitCost("AntiSocialBehaviourReported", Map.of(), null, null)))
                .as("a row that names no unit is per occurrence")
                .isEqualTo("Each time it is recorded");
    }

    private static FamilyCostView.CostLine line(
            String description, String quantity, CostUnit per, String unitCost, String amount) {
        return new FamilyCostView.CostLine(
                description, new BigDecimal(quantity), per, new BigDecimal(unitCost), new BigDecimal(amount));
    }

    private static FamilyCostView.UnitCost unitCost(
            String fact, Map<String, String> where, CostUnit per, String until) {
        return new FamilyCostView.UnitCost(
                fact, where, per, until, new BigDecimal("100.00"), "Police", "Something", "Illustrative");
    }
}
