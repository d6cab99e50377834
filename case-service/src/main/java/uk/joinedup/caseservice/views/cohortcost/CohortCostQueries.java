package uk.joinedup.caseservice.views.cohortcost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecords;
import uk.joinedup.caseservice.costs.CostsProperties;
import uk.joinedup.caseservice.costs.FamilyCosts;
import uk.joinedup.caseservice.costs.YearsAroundOpening;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.claims.ClaimsScope;
import uk.joinedup.caseservice.views.outcomes.OutcomeFamilies;

/**
 * Answers a team manager's cohort costs: the families their agency is involved in whose case has opened (the claims
 * page's scope), each costed either side of its opening from the facts the sharing policy shows the manager for
 * measuring outcomes, with its budget's spend and the keyworkers' time in the year after.
 */
@Component
class CohortCostQueries {

    private final ClaimsScope scope;
    private final OutcomeFamilies families;
    private final BudgetRecords budgets;
    private final FamilyCosts costs;
    private final CostsProperties table;

    CohortCostQueries(
            ClaimsScope scope,
            OutcomeFamilies families,
            BudgetRecords budgets,
            FamilyCosts costs,
            CostsProperties table) {
        this.scope = scope;
        this.families = families;
        this.budgets = budgets;
        this.costs = costs;
        this.table = table;
    }

    @QueryHandler
    CohortCostView handle(FindCohortCost query) {
        Viewer viewer = families.viewer(query.viewer());
        LocalDate today = viewer.today();
        List<FamilyRecord> opened = families.of(scope.familiesOf(viewer.agency())).stream()
                .filter(family -> family.managedBy(viewer) && family.openedOn() != null)
                .sorted(Comparator.comparing(FamilyRecord::familyId))
                .toList();
        List<FamilyRecord> comparable = opened.stream()
                .filter(family -> new YearsAroundOpening(family.openedOn()).comparableOn(today))
                .toList();
        List<CohortFamily> seen =
                families.summarised(query.viewer(), comparable, new CohortFamily.Costing(costs, today));
        Map<String, BudgetRecord> budgetOf =
                budgets
                        .ofFamilies(
                                comparable.stream().map(FamilyRecord::familyId).toList())
                        .stream()
                        .collect(Collectors.toMap(BudgetRecord::familyId, Function.identity()));

        List<CohortCostView.Compared> compared = new ArrayList<>(comparable.size());
        for (int index = 0; index < comparable.size(); index++) {
            FamilyRecord family = comparable.get(index);
            compared.add(new CohortCostView.Compared(
                    family.familyId(),
                    family.name(),
                    seen.get(index),
                    costs.supportAfterOpening(family, budgetOf.get(family.familyId()), today)));
        }
        return CohortCostView.of(compared, opened.size() - comparable.size(), today, table);
    }
}
