package uk.joinedup.webui.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.joinedup.webui.caseservice.ConferenceKind;
import uk.joinedup.webui.caseservice.Conferences;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.directory.Practitioner;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Recording a case conference or panel (the lead professional or a team manager of the case): who was there
 * (team members ticked, other practitioners chosen from the staff directory), who of the family, what it
 * decided, the lead professional it agreed, and the actions arising for goals of the current plan, which join
 * the plan. case-service decides who may and what it accepts; what it refuses is shown in the form's error
 * summary, against the field it is about.
 */
@Controller
class ConferenceController {

    private final Conferences conferences;
    private final FamilyPages pages;
    private final StaffDirectory directory;
    private final Labels labels;
    private final Clock clock;

    ConferenceController(
            Conferences conferences, FamilyPages pages, StaffDirectory directory, Labels labels, Clock clock) {
        this.conferences = conferences;
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/families/{familyId}/conferences/new")
    String conferenceForm(@PathVariable String familyId, Model model) {
        model.addAttribute("form", ConferenceForm.blank(pages.today()));
        return conferencePage(familyId, model);
    }

    @PostMapping("/families/{familyId}/conferences/new")
    String record(
            @PathVariable String familyId,
            @ModelAttribute("form") ConferenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Conferences.ConferenceRequest conference = form.toRequest(LocalDate.now(clock), errors);
        if (conference != null
                && FormErrors.attempt(
                                () -> conferences.record(familyId, conference),
                                errors,
                                form::formField,
                                ConferenceForm::refusedField,
                                "conference.conflict")
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId,
                    FamilyPart.CONFERENCES,
                    "conference.done",
                    labels.get("enum.ConferenceKind." + conference.kind()),
                    redirect);
        }
        form.fillRows();
        return conferencePage(familyId, model);
    }

    /** The form's page: the team to tick, others to choose, the leads to agree, the plan's goals and agencies. */
    private String conferencePage(String familyId, Model model) {
        FamilyView family = pages.current(familyId, model);
        if (!family.casework()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The casework is not shared with you");
        }
        List<Choice> team =
                family.team().stream().map(ConferenceController::member).toList();
        model.addAttribute("kinds", labels.choicesWithHints("enum.ConferenceKind.", ConferenceKind.values()));
        model.addAttribute("teamMembers", team);
        model.addAttribute(
                "otherPractitioners",
                directory.practitioners().stream()
                        .filter(practitioner ->
                                family.teamMember(practitioner.username()).isEmpty())
                        .map(this::other)
                        .toList());
        List<Choice> leads = new ArrayList<>();
        leads.add(new Choice(
                ConferenceForm.NO_CHANGE,
                labels.get("conference.lead.noChange"),
                family.lead() == null
                        ? labels.get("conference.lead.noChange.none")
                        : labels.get(
                                "conference.lead.noChange.hint",
                                family.lead().member().name())));
        leads.addAll(team);
        model.addAttribute("leads", leads);
        model.addAttribute(
                "goals",
                family.plan() == null
                        ? List.of()
                        : family.plan().goals().stream()
                                .map(goal -> Choice.of(goal.goalId(), goal.description()))
                                .toList());
        Map<String, String> agencies = new LinkedHashMap<>();
        family.team().forEach(member -> agencies.put(member.agency(), member.agencyName()));
        model.addAttribute(
                "agencies",
                agencies.entrySet().stream()
                        .map(agency -> Choice.of(agency.getKey(), agency.getValue()))
                        .toList());
        model.addAttribute(
                "colleagues",
                directory.practitioners().stream()
                        .map(Practitioner::displayName)
                        .toList());
        return "family/record-conference";
    }

    /** A team member to tick or agree as lead: their name, with their role and agency. */
    private static Choice member(FamilyView.TeamMember member) {
        return new Choice(
                member.userId(),
                member.name(),
                member.role() == null ? member.agencyName() : member.role() + ", " + member.agencyName());
    }

    /** A practitioner of the directory who is not on the team: the option says their job and agency. */
    private Choice other(Practitioner practitioner) {
        return Choice.of(
                practitioner.username(),
                labels.get(
                        "conference.others.option",
                        practitioner.displayName(),
                        practitioner.job() == null
                                ? practitioner.agencyName()
                                : practitioner.job() + ", " + practitioner.agencyName()));
    }
}
