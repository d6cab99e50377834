package uk.joinedup.caseservice.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.costs.CostOfFacts.CostedFact;
import uk.joinedup.caseservice.costs.CostOfFacts.Spent;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * The cost of a family to the public purse: by financial year for the case file, and either side of its case
 * opening for a manager's cohort. Reads each fact's properties (as the events store them) for the unit-cost table to
 * match, and the case's dates and budget's spend for the support.
 */
@Component
public class FamilyCosts {

    private final CostsProperties costs;
    private final ObjectMapper json;

    FamilyCosts(CostsProperties costs, ObjectMapper json) {
        this.costs = costs;
        this.json = json;
    }

    /**
     * @param visible the chronology entries the viewer may see: the members' facts among them are costed, the
     *     retracted ones not
     * @param budget the family's budget, or null
     * @param today the last day counted: today, or the day an "as at" page asks about
     */
    public FamilyCostView of(List<ChronologyEntry> visible, FamilyRecord family, BudgetRecord budget, LocalDate today) {
        List<CostedFact> facts = visible.stream()
                .filter(ChronologyEntry::standingFactAboutAPerson)
                .map(entry -> new CostedFact(
                        entry.personId(),
                        entry.kind(),
                        entry.occurredOn(),
                        properties(entry.fact()),
                        Optional.ofNullable(family.members().get(entry.personId()))
                                .map(FamilyRecord.Member::leftOn)
                                .orElse(null)))
                .toList();
        return FamilyCost.of(facts, family.openedOn(), closedOn(family), spent(budget), today, costs);
    }

    /**
     * What the members' facts cost in the year before the case opened and the year after.
     *
     * @param facts the live facts of the members that the viewer may see
     */
    public BeforeAndAfter aroundOpening(List<MemberFact> facts, LocalDate openedOn, LocalDate today) {
        List<CostedFact> costed = facts.stream()
                .map(fact -> new CostedFact(
                        fact.personId(),
                        fact.fact().getClass().getSimpleName(),
                        fact.occurredOn(),
                        properties(fact.fact())))
                .toList();
        return CostAroundOpening.of(costed, openedOn, today, costs);
    }

    /**
     * The support a family was given in the year after its case opened: its budget's spend and the keyworkers' time.
     *
     * @param family a family whose case has opened
     * @param budget the family's budget, or null
     */
    public Support supportAfterOpening(FamilyRecord family, BudgetRecord budget, LocalDate today) {
        return CostAroundOpening.supportAfter(family.openedOn(), closedOn(family), spent(budget), today, costs);
    }

    private static LocalDate closedOn(FamilyRecord family) {
        return family.status() == CaseStatus.CLOSED && family.closure() != null
                ? family.closure().closedOn()
                : null;
    }

    private static List<Spent> spent(BudgetRecord budget) {
        return budget == null
                ? List.of()
                : budget.commitments().values().stream()
                        .flatMap(commitment -> commitment.spends().stream())
                        .map(spend -> new Spent(spend.spentOn(), spend.amount().inPounds()))
                        .toList();
    }

    private Map<String, String> properties(AgencyFact fact) {
        Map<String, String> properties = new HashMap<>();
        JsonNode fields = json.valueToTree(fact);
        fields.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                properties.put(field.getKey(), field.getValue().asText());
            }
        });
        return properties;
    }
}
