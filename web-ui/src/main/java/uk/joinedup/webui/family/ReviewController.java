package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

/** A review of the case: when it was held, what it found, and when the next one is due. */
@Controller
class ReviewController {

    private final Families families;
    private final FamilyPages pages;

    ReviewController(Families families, FamilyPages pages) {
        this.families = families;
        this.pages = pages;
    }

    @GetMapping("/families/{familyId}/reviews/new")
    String form(@PathVariable String familyId, Model model) {
        ReviewForm form = new ReviewForm();
        form.setHeldOn(pages.today());
        model.addAttribute("form", form);
        pages.current(familyId, model);
        return "family/review";
    }

    @PostMapping("/families/{familyId}/reviews/new")
    String review(
            @PathVariable String familyId,
            @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate heldOn = pages.past(form.getHeldOn(), "heldOn", "review.heldOn", errors);
        LocalDate nextReviewOn = form.getNextReviewOn()
                .validate(
                        "nextReviewOn",
                        new DefaultMessageSourceResolvable("review.nextReviewOn.label"),
                        null,
                        null,
                        errors);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> families.review(familyId, heldOn, form.getNotes(), nextReviewOn),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.PLAN, "family.reviewed", null, redirect);
        }
        pages.current(familyId, model);
        return "family/review";
    }
}
