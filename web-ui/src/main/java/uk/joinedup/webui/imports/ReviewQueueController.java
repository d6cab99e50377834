package uk.joinedup.webui.imports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.Imports;
import uk.joinedup.webui.caseservice.ReviewQueue;
import uk.joinedup.webui.caseservice.RowDecision;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * A data officer's "Rows to review": the rows of their agency's imports whose person they decide, each with the
 * people case-service suggests; deciding one sends them back to the queue, or, when the form is not complete or
 * case-service refuses it, shows that row alone with what is wrong.
 */
@Controller
class ReviewQueueController {

    static final String PATH = ImportsController.PATH + "/review";

    private final Imports imports;
    private final Labels labels;

    ReviewQueueController(Imports imports, Labels labels) {
        this.imports = imports;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String queue(Model model) {
        model.addAttribute("queue", imports.review());
        return "imports/review";
    }

    @PostMapping(ImportsController.PATH + "/{importId}/rows/{row}/decision")
    String decide(
            @PathVariable String importId,
            @PathVariable int row,
            @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ReviewQueue.Row waiting = waiting(importId, row);
        if (waiting == null) {
            redirect.addFlashAttribute("important", "imports.decision.gone");
            return "redirect:" + PATH;
        }
        RowDecision decision = form.validate(errors);
        if (decision != null) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> imports.decide(importId, row, decision), errors, form::formField, "imports.decision.gone");
            if (outcome == FormErrors.Outcome.DONE) {
                redirect.addFlashAttribute("success", "imports.decided");
                redirect.addFlashAttribute(
                        "successArgs", labels.get("imports.decided." + decision.decision(), row, waiting.fileName()));
                return "redirect:" + PATH;
            }
            if (outcome == FormErrors.Outcome.CONFLICT) {
                redirect.addFlashAttribute("important", "imports.decision.gone");
                return "redirect:" + PATH;
            }
        }
        model.addAttribute("waiting", waiting);
        return "imports/decide";
    }

    /** The row, if it still waits for a decision. */
    private ReviewQueue.Row waiting(String importId, int row) {
        return imports.review().rows().stream()
                .filter(one -> one.importId().equals(importId) && one.row() == row)
                .findFirst()
                .orElse(null);
    }
}
