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
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonView;
import uk.joinedup.webui.caseservice.Relationship;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * The household: adding a person found or registered (the "find a person" and "register a person"
 * pages come back here with them) and recording that a member left.
 */
@Controller
class HouseholdController {

    private final Families families;
    private final People people;
    private final FamilyPages pages;
    private final Labels labels;

    HouseholdController(Families families, People people, FamilyPages pages, Labels labels) {
        this.families = families;
        this.people = people;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping("/families/{familyId}/members/new/{personId}")
    String addForm(@PathVariable String familyId, @PathVariable String personId, Model model) {
        AddMemberForm form = new AddMemberForm();
        form.setJoinedOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return addPage(familyId, personId, model);
    }

    @PostMapping("/families/{familyId}/members/new/{personId}")
    String add(
            @PathVariable String familyId,
            @PathVariable String personId,
            @Valid @ModelAttribute("form") AddMemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate joinedOn = pages.past(form.getJoinedOn(), "joinedOn", "member.joinedOn", errors);
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.addMember(
                                        familyId,
                                        form.getExpectedVersion(),
                                        personId,
                                        FamilyPages.option(Relationship.class, form.getRelationship()),
                                        joinedOn),
                                errors,
                                UnaryOperator.identity(),
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId,
                    FamilyPart.HOUSEHOLD,
                    "family.memberAdded",
                    person(personId).fullName(),
                    redirect);
        }
        return addPage(familyId, personId, model);
    }

    @GetMapping("/families/{familyId}/members/{personId}/departure")
    String leavingForm(@PathVariable String familyId, @PathVariable String personId, Model model) {
        ReasonForm form = new ReasonForm();
        form.setOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return leavingPage(familyId, personId, model);
    }

    @PostMapping("/families/{familyId}/members/{personId}/departure")
    String left(
            @PathVariable String familyId,
            @PathVariable String personId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate leftOn = pages.past(form.getOn(), "on", "member.leftOn", errors);
        if (PlanForm.isBlank(form.getReason())) {
            errors.rejectValue("reason", "member.leaving.reason.missing");
        }
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.recordMemberLeft(
                                        familyId,
                                        form.getExpectedVersion(),
                                        personId,
                                        leftOn,
                                        form.getReason().strip()),
                                errors,
                                UnaryOperator.identity(),
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId,
                    FamilyPart.HOUSEHOLD,
                    "family.memberLeft",
                    person(personId).fullName(),
                    redirect);
        }
        return leavingPage(familyId, personId, model);
    }

    private String addPage(String familyId, String personId, Model model) {
        pages.current(familyId, model);
        model.addAttribute("person", person(personId));
        model.addAttribute("relationships", labels.choices("enum.Relationship.", Relationship.values()));
        return "family/add-member";
    }

    private String leavingPage(String familyId, String personId, Model model) {
        pages.current(familyId, model);
        model.addAttribute("person", person(personId));
        return "family/member-left";
    }

    private PersonView person(String personId) {
        return people.person(personId, ChronologyQuery.now());
    }
}
