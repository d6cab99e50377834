package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.util.List;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;

/**
 * What a family cost the public purse in the year before its case opened and in the year after, by the agency that
 * bore it, the largest first: estimates from the unit costs, counting only the facts the viewer may see.
 */
public record BeforeAndAfter(YearsAroundOpening years, List<AgencyCost> before, List<AgencyCost> after) {

    public BeforeAndAfter {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Every agency's cost in the year before, in pounds with two places. */
    public BigDecimal totalBefore() {
        return CostOfFacts.total(before);
    }

    /** Every agency's cost in the year after, in pounds with two places. */
    public BigDecimal totalAfter() {
        return CostOfFacts.total(after);
    }
}
