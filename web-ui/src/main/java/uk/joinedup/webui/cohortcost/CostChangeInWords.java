package uk.joinedup.webui.cohortcost;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Pounds;

/**
 * A change in cost in words, for the cohort's page ({@code @costChange}): "Fell by £27,050", "Rose by £200" or "No
 * change", so that no reader has to take a minus sign for the direction.
 */
@Component("costChange")
public class CostChangeInWords {

    private final Labels labels;

    public CostChangeInWords(Labels labels) {
        this.labels = labels;
    }

    /** @param change after less before */
    public String of(BigDecimal change) {
        if (change == null || change.signum() == 0) {
            return labels.get("cohortCost.change.none");
        }
        return change.signum() < 0
                ? labels.get("cohortCost.change.fell", Pounds.format(change.negate()))
                : labels.get("cohortCost.change.rose", Pounds.format(change));
    }
}
