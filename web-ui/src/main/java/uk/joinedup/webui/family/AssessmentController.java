package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.NeedDomain;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/** A whole-family assessment: every domain scored from 0 (no need) to 4 (severe need), with evidence. */
@Controller
class AssessmentController {

    private static final int SCORES = 5;

    private final Families families;
    private final FamilyPages pages;
    private final Labels labels;

    AssessmentController(Families families, FamilyPages pages, Labels labels) {
        this.families = families;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping("/families/{familyId}/assessment/new")
    String form(@PathVariable String familyId, Model model) {
        AssessmentForm form = AssessmentForm.blank();
        form.setCompletedOn(pages.today());
        model.addAttribute("form", form);
        return page(familyId, model);
    }

    @PostMapping("/families/{familyId}/assessment/new")
    String assess(
            @PathVariable String familyId,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate completedOn = pages.past(form.getCompletedOn(), "completedOn", "assessment.completedOn", errors);
        List<Families.AssessedNeed> needs = new ArrayList<>();
        for (int i = 0; i < form.getNeeds().size(); i++) {
            AssessmentForm.Need need = form.getNeeds().get(i);
            NeedDomain domain = FamilyPages.option(NeedDomain.class, need.getDomain());
            Integer score = score(need.getScore());
            if (score == null) {
                errors.rejectValue(
                        "needs[" + i + "].score",
                        "assessment.score.missing",
                        new Object[] {
                            domain == null
                                    ? ""
                                    : labels.get("enum.NeedDomain." + domain).toLowerCase()
                        },
                        null);
            } else {
                needs.add(
                        new Families.AssessedNeed(domain, score, need.getEvidence() == null ? "" : need.getEvidence()));
            }
        }
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> families.assess(familyId, needs, completedOn),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.ASSESSMENT, "family.assessed", null, redirect);
        }
        return page(familyId, model);
    }

    private String page(String familyId, Model model) {
        pages.current(familyId, model);
        List<Choice> scores = new ArrayList<>();
        for (int score = 0; score < SCORES; score++) {
            scores.add(Choice.of(String.valueOf(score), labels.get("assessment.score." + score)));
        }
        model.addAttribute("scores", scores);
        return "family/assessment";
    }

    private static Integer score(String value) {
        if (value == null || !value.matches("[0-4]")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
