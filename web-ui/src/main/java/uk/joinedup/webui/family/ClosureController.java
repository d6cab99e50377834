package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.ClosureReason;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Closing the case (with open actions only on a team manager's override; sends the version of the
 * family the page showed) and reopening it.
 */
@Controller
class ClosureController {

    private final Families families;
    private final FamilyPages pages;
    private final Labels labels;

    ClosureController(Families families, FamilyPages pages, Labels labels) {
        this.families = families;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping("/families/{familyId}/closure")
    String closureForm(@PathVariable String familyId, Model model) {
        ClosureForm form = new ClosureForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return closurePage(familyId, model);
    }

    @PostMapping("/families/{familyId}/closure")
    String close(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") ClosureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = pages.attempt(
                    familyId,
                    form,
                    () -> families.close(
                            familyId,
                            form.getExpectedVersion(),
                            FamilyPages.option(ClosureReason.class, form.getReason()),
                            form.getOutcomeSummary(),
                            form.isOverrideOpenActions(),
                            null),
                    errors,
                    UnaryOperator.identity(),
                    model);
            if (outcome == FormErrors.Outcome.DONE) {
                return pages.done(familyId, FamilyPart.SUMMARY, "family.closed", null, redirect);
            }
        }
        return closurePage(familyId, model);
    }

    @GetMapping("/families/{familyId}/reopening")
    String reopeningForm(@PathVariable String familyId, Model model) {
        ReasonForm form = new ReasonForm();
        form.setOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return "family/reopen";
    }

    @PostMapping("/families/{familyId}/reopening")
    String reopen(
            @PathVariable String familyId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate reopenedOn = pages.past(form.getOn(), "on", "reopening.on", errors);
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.reopen(
                                        familyId, form.getExpectedVersion(), form.getReason(), reopenedOn),
                                errors,
                                field -> "reopenedOn".equals(field) ? "on" : field,
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.SUMMARY, "family.reopened", null, redirect);
        }
        pages.current(familyId, model);
        return "family/reopen";
    }

    private String closurePage(String familyId, Model model) {
        pages.current(familyId, model);
        model.addAttribute("reasons", labels.choices("enum.ClosureReason.", ClosureReason.values()));
        return "family/close";
    }
}
