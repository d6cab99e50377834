package uk.joinedup.caseservice.views.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecords;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.casefile.SpendBySource.FamilyBudget;

/**
 * Answers a team manager's spend across their cases: each family budget whose case they manage (their agency
 * is involved in it) and whose casework the sharing policy shows them, summed by funding source.
 */
@Component
class SpendQueries {

    private final BudgetRecords budgets;
    private final FamilyRecords families;
    private final CaseFileSharing sharing;

    SpendQueries(BudgetRecords budgets, FamilyRecords families, CaseFileSharing sharing) {
        this.budgets = budgets;
        this.families = families;
        this.sharing = sharing;
    }

    @QueryHandler
    SpendBySource handle(FindSpendBySource query) {
        Viewer viewer = sharing.viewer(query.viewer());
        Disclosure disclosure = sharing.disclosure();
        List<BudgetRecord> all = budgets.all();
        Map<String, FamilyRecord> byId = families
                .findAll(all.stream().map(BudgetRecord::familyId).toList())
                .stream()
                .collect(Collectors.toMap(FamilyRecord::familyId, Function.identity()));
        List<FamilyBudget> theirs = new ArrayList<>();
        for (BudgetRecord budget : all) {
            FamilyRecord family = byId.get(budget.familyId());
            if (family != null
                    && family.managedBy(viewer)
                    && disclosure.mayShow(
                            viewer,
                            Subject.related(family.relationshipOf(viewer)),
                            SharedEntry.casework(family.registeredBy(), null, null))) {
                theirs.add(new FamilyBudget(family.familyId(), family.name(), budget));
            }
        }
        return SpendBySource.of(theirs);
    }
}
