package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.directory.Practitioner;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * The support plan: agreeing one (goals for the assessed needs, each with actions owned by agencies of
 * the team and, if named, a person: colleagues from the staff directory are suggested), the family's
 * agreement to it, and actions done.
 */
@Controller
class PlanController {

    private final Families families;
    private final FamilyPages pages;
    private final StaffDirectory directory;
    private final Labels labels;

    PlanController(Families families, FamilyPages pages, StaffDirectory directory, Labels labels) {
        this.families = families;
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/families/{familyId}/plan/new")
    String planForm(@PathVariable String familyId, Model model) {
        model.addAttribute("form", PlanForm.blank(pages.current(familyId, model).version()));
        return planPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/plan/new")
    String agree(
            @PathVariable String familyId,
            @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanDraft plan = PlanDraft.of(form, errors);
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = pages.attempt(
                    familyId, form, () -> families.agreePlan(familyId, plan.request()), errors, plan::formField, model);
            if (outcome == FormErrors.Outcome.DONE) {
                return pages.done(familyId, FamilyPart.PLAN, "family.planAgreed", null, redirect);
            }
        }
        form.fillRows();
        return planPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/plan/agreement")
    String agreementForm(@PathVariable String familyId, Model model) {
        AgreementForm form = new AgreementForm();
        form.setAgreedOn(pages.today());
        model.addAttribute("form", form);
        return agreementPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/plan/agreement")
    String agreed(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate agreedOn = pages.past(form.getAgreedOn(), "agreedOn", "plan.agreedOn", errors);
        FamilyView.Plan plan = plan(pages.current(familyId, model));
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> families.recordFamilyAgreement(
                                        familyId,
                                        plan.planId(),
                                        form.getAgreedBy().strip(),
                                        agreedOn),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId,
                    FamilyPart.PLAN,
                    "family.familyAgreed",
                    form.getAgreedBy().strip(),
                    redirect);
        }
        return agreementPage(familyId, model);
    }

    /** "Mark as done" on the plan: no form to go back to, so a refusal is shown on the plan. */
    @PostMapping("/families/{familyId}/plan/actions/{actionId}/completion")
    String complete(@PathVariable String familyId, @PathVariable String actionId, RedirectAttributes redirect) {
        try {
            families.completeAction(familyId, actionId, null);
        } catch (InvalidRequest | CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + FamilyPart.PLAN.path(familyId, null);
        }
        return pages.done(familyId, FamilyPart.PLAN, "family.actionDone", null, redirect);
    }

    private String planPage(String familyId, Model model) {
        FamilyView family = pages.current(familyId, model);
        List<Choice> needs = family.assessment() == null
                ? List.of()
                : family.assessment().needs().stream()
                        .filter(need -> need.score() > 0)
                        .map(need -> Choice.of(
                                need.domain().name(),
                                labels.get(
                                        "plan.goal.need.option",
                                        labels.get("enum.NeedDomain." + need.domain()),
                                        labels.get("assessment.score." + need.score()))))
                        .toList();
        Map<String, String> agencies = new LinkedHashMap<>();
        family.team().forEach(member -> agencies.put(member.agency(), member.agencyName()));
        model.addAttribute("needs", needs);
        model.addAttribute(
                "colleagues",
                directory.practitioners().stream()
                        .map(Practitioner::displayName)
                        .toList());
        model.addAttribute(
                "agencies",
                agencies.entrySet().stream()
                        .map(agency -> Choice.of(agency.getKey(), agency.getValue()))
                        .toList());
        return "family/plan";
    }

    private String agreementPage(String familyId, Model model) {
        model.addAttribute("plan", plan(pages.current(familyId, model)));
        return "family/plan-agreement";
    }

    private static FamilyView.Plan plan(FamilyView family) {
        if (family.plan() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The family has no plan");
        }
        return family.plan();
    }
}
