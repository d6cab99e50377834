package uk.joinedup.webui.budgets;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.caseservice.CsvDownload;

/**
 * A team manager's "Spend from family budgets" (case-service refuses anyone else, 403): the budgets of
 * their cases by funding source and by family, and the same as CSV under the file name case-service gives
 * it.
 */
@Controller
class SpendController {

    static final String PATH = "/budgets";

    private final Budgets budgets;

    SpendController(Budgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping(PATH)
    String spend(Model model) {
        model.addAttribute("spend", budgets.spendBySource());
        model.addAttribute("csv", PATH + "/spend-by-source.csv");
        return "budgets/spend";
    }

    /** case-service's CSV as it sent it: the body and the file name. */
    @GetMapping(PATH + "/spend-by-source.csv")
    ResponseEntity<byte[]> spendCsv() {
        return CsvDownload.of(budgets.spendBySourceCsv());
    }
}
