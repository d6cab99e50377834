package uk.joinedup.caseservice.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.costs.FamilyCost.CostedFact;
import uk.joinedup.caseservice.costs.FamilyCost.Spent;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * The cost of a family to the public purse, for the case file: reads each fact's properties (as the events store
 * them) for the unit-cost table to match, and the case's dates and budget's spend for the support.
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
                .map(entry -> new CostedFact(entry.personId(), entry.kind(), entry.occurredOn(), properties(entry)))
                .toList();
        List<Spent> spent = budget == null
                ? List.of()
                : budget.commitments().values().stream()
                        .flatMap(commitment -> commitment.spends().stream())
                        .map(spend -> new Spent(spend.spentOn(), spend.amount().inPounds()))
                        .toList();
        LocalDate closedOn = family.status() == CaseStatus.CLOSED && family.closure() != null
                ? family.closure().closedOn()
                : null;
        return FamilyCost.of(facts, family.openedOn(), closedOn, spent, today, costs);
    }

    private Map<String, String> properties(ChronologyEntry entry) {
        Map<String, String> properties = new HashMap<>();
        JsonNode fields = json.valueToTree(entry.fact());
        fields.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                properties.put(field.getKey(), field.getValue().asText());
            }
        });
        return properties;
    }
}
