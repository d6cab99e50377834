package uk.joinedup.webui.family;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.govuk.FormErrors;

/**
 * Recording the follow-up of a family's disengagement (seed 003: "redoubling of efforts" after an unanswered door),
 * which clears the flag on the family's summary.
 */
@Controller
class FollowUpController {

    private final Families families;
    private final FamilyPages pages;

    FollowUpController(Families families, FamilyPages pages) {
        this.families = families;
        this.pages = pages;
    }

    @GetMapping("/families/{familyId}/follow-up")
    String followUpForm(@PathVariable String familyId, Model model) {
        ReasonForm form = new ReasonForm();
        form.setOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return "family/follow-up";
    }

    @PostMapping("/families/{familyId}/follow-up")
    String followUp(
            @PathVariable String familyId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = pages.past(form.getOn(), "on", "followUp.on", errors);
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.followUp(familyId, form.getReason(), on),
                                errors,
                                field -> switch (field) {
                                    case "note" -> "reason";
                                    case "followedUpOn" -> "on";
                                    default -> field;
                                },
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.SUMMARY, "family.followedUp", null, redirect);
        }
        pages.current(familyId, model);
        return "family/follow-up";
    }
}
