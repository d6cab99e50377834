package uk.joinedup.webui.budgets;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.joinedup.webui.caseservice.Budgets;

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
        ResponseEntity<byte[]> csv = budgets.spendBySourceCsv();
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        String disposition = csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return answer.body(csv.getBody() == null ? new byte[0] : csv.getBody());
    }
}
