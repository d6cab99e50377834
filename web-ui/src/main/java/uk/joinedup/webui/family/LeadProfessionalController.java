package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;

/**
 * The lead professional: a team manager appoints one from the team; the lead (or a manager) hands
 * over to another team member with a note. Both send the version of the family the page showed.
 */
@Controller
class LeadProfessionalController {

    private final Families families;
    private final FamilyPages pages;

    LeadProfessionalController(Families families, FamilyPages pages) {
        this.families = families;
        this.pages = pages;
    }

    @GetMapping("/families/{familyId}/lead-professional/appointment")
    String appointmentForm(@PathVariable String familyId, Model model) {
        LeadForm form = new LeadForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return page(familyId, false, model);
    }

    @PostMapping("/families/{familyId}/lead-professional/appointment")
    String appoint(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") LeadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return change(
                familyId,
                false,
                form,
                errors,
                model,
                redirect,
                () -> families.appointLeadProfessional(familyId, form.getExpectedVersion(), form.getUserId(), null));
    }

    @GetMapping("/families/{familyId}/lead-professional/handover")
    String handoverForm(@PathVariable String familyId, Model model) {
        LeadForm form = new LeadForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return page(familyId, true, model);
    }

    @PostMapping("/families/{familyId}/lead-professional/handover")
    String handOver(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") LeadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (PlanForm.isBlank(form.getNote())) {
            errors.rejectValue("note", "lead.note.missing");
        }
        return change(
                familyId,
                true,
                form,
                errors,
                model,
                redirect,
                () -> families.handOver(
                        familyId,
                        form.getExpectedVersion(),
                        form.getUserId(),
                        form.getNote().strip(),
                        null));
    }

    private String change(
            String familyId,
            boolean handover,
            LeadForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Runnable change) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = pages.attempt(
                    familyId, form, change, errors, field -> "toUserId".equals(field) ? "userId" : field, model);
            if (outcome == FormErrors.Outcome.DONE) {
                String name = pages.current(familyId, model)
                        .teamMember(form.getUserId())
                        .map(FamilyView.TeamMember::name)
                        .orElse(form.getUserId());
                return pages.done(
                        familyId,
                        FamilyPart.TEAM,
                        handover ? "family.handedOver" : "family.leadAppointed",
                        name,
                        redirect);
            }
        }
        return page(familyId, handover, model);
    }

    private String page(String familyId, boolean handover, Model model) {
        FamilyView family = pages.current(familyId, model);
        List<Choice> candidates = family.team().stream()
                .filter(member -> !handover || !family.leadIs(member.userId()))
                .map(member -> new Choice(
                        member.userId(),
                        member.name(),
                        member.role() == null ? member.agencyName() : member.role() + ", " + member.agencyName()))
                .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("handover", handover);
        return "family/lead-professional";
    }
}
