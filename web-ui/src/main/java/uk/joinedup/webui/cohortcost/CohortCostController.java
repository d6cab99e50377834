package uk.joinedup.webui.cohortcost;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.joinedup.webui.caseservice.Costs;
import uk.joinedup.webui.caseservice.CsvDownload;

/**
 * A team manager's "Cost before and after early help" (case-service refuses anyone else, 403): the cohort's cost
 * either side of its cases opening, and the same family by family as CSV under the file name case-service gives it.
 */
@Controller
class CohortCostController {

    static final String PATH = "/costs";

    private final Costs costs;

    CohortCostController(Costs costs) {
        this.costs = costs;
    }

    @GetMapping(PATH)
    String cohort(Model model) {
        model.addAttribute("cohort", costs.cohort());
        model.addAttribute("csv", PATH + "/cohort.csv");
        return "costs/cohort";
    }

    /** case-service's CSV as it sent it: the body and the file name. */
    @GetMapping(PATH + "/cohort.csv")
    ResponseEntity<byte[]> cohortCsv() {
        return CsvDownload.of(costs.cohortCsv());
    }
}
