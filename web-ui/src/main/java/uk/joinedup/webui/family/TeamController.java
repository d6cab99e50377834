package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.directory.Practitioner;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.security.SignedInUser;

/**
 * The team around the family: asking to join it (the lead professional or a team manager decides), the
 * lead's or manager's decision on a request, adding a colleague from the staff directory (only their
 * username is sent: case-service takes their name and agency from the directory), taking someone off.
 */
@Controller
class TeamController {

    private final Families families;
    private final FamilyPages pages;
    private final StaffDirectory directory;
    private final Labels labels;

    TeamController(Families families, FamilyPages pages, StaffDirectory directory, Labels labels) {
        this.families = families;
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
    }

    /** A practitioner to put on the team, by username; the role defaults to their job. */
    static Families.NewTeamMember member(Practitioner practitioner, String role, String contact) {
        return new Families.NewTeamMember(
                practitioner.username(),
                present(role) ? role.strip() : practitioner.job(),
                present(contact) ? contact.strip() : null);
    }

    @GetMapping("/families/{familyId}/team/join")
    String askForm(
            @PathVariable String familyId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        TeamMemberForm form = new TeamMemberForm();
        directory.practitioner(user.username()).ifPresent(me -> form.setRole(me.job()));
        model.addAttribute("form", form);
        pages.current(familyId, model);
        return "family/join-team";
    }

    @PostMapping("/families/{familyId}/team/join")
    String ask(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") TeamMemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!present(form.getReason())) {
            errors.rejectValue("reason", "team.ask.reason.missing");
        }
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> families.askToJoinTeam(
                                        familyId,
                                        form.getReason().strip(),
                                        blankToNull(form.getRole()),
                                        blankToNull(form.getContact())),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.SUMMARY, "family.joinRequested", null, redirect);
        }
        pages.current(familyId, model);
        return "family/join-team";
    }

    /** The approve button on the family's page, which sends the version of the family that page showed. */
    @PostMapping("/families/{familyId}/team/requests/{userId}/approval")
    String approve(
            @PathVariable String familyId,
            @PathVariable String userId,
            @RequestParam long expectedVersion,
            RedirectAttributes redirect) {
        String name = requester(familyId, userId);
        try {
            families.approveJoinRequest(familyId, expectedVersion, userId);
        } catch (CaseServiceProblem.Conflict changed) {
            redirect.addFlashAttribute("problem", labels.get("family.conflict"));
            return "redirect:" + FamilyPart.TEAM.path(familyId, null);
        } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + FamilyPart.TEAM.path(familyId, null);
        }
        return pages.done(familyId, FamilyPart.TEAM, "family.joinApproved", name, redirect);
    }

    @GetMapping("/families/{familyId}/team/requests/{userId}/decline")
    String declineForm(@PathVariable String familyId, @PathVariable String userId, Model model) {
        ReasonForm form = new ReasonForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return declinePage(familyId, userId, model);
    }

    @PostMapping("/families/{familyId}/team/requests/{userId}/decline")
    String decline(
            @PathVariable String familyId,
            @PathVariable String userId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!present(form.getReason())) {
            errors.rejectValue("reason", "team.decline.reason.missing");
        }
        String name = requester(familyId, userId);
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.declineJoinRequest(
                                        familyId,
                                        form.getExpectedVersion(),
                                        userId,
                                        form.getReason().strip()),
                                errors,
                                UnaryOperator.identity(),
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.TEAM, "family.joinDeclined", name, redirect);
        }
        return declinePage(familyId, userId, model);
    }

    @GetMapping("/families/{familyId}/team/new")
    String addForm(@PathVariable String familyId, @ModelAttribute("form") TeamMemberForm form, Model model) {
        pages.showing(familyId, form, model);
        return addPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/team/new")
    String add(
            @PathVariable String familyId,
            @Valid @ModelAttribute("form") TeamMemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Practitioner colleague = present(form.getUsername())
                ? directory.practitioner(form.getUsername()).orElse(null)
                : null;
        if (colleague == null) {
            errors.rejectValue("username", "team.username.missing");
        }
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.addToTeam(
                                        familyId,
                                        form.getExpectedVersion(),
                                        member(colleague, form.getRole(), form.getContact()),
                                        null),
                                errors,
                                field -> field.startsWith("member.") ? field.substring("member.".length()) : field,
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.TEAM, "family.addedToTeam", colleague.displayName(), redirect);
        }
        return addPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/team/{userId}/departure")
    String removeForm(@PathVariable String familyId, @PathVariable String userId, Model model) {
        ReasonForm form = new ReasonForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return removePage(familyId, userId, model);
    }

    @PostMapping("/families/{familyId}/team/{userId}/departure")
    String remove(
            @PathVariable String familyId,
            @PathVariable String userId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyView family = pages.current(familyId, model);
        String name = family.teamMember(userId).map(FamilyView.TeamMember::name).orElse(userId);
        if (pages.attempt(
                        familyId,
                        form,
                        () -> families.removeFromTeam(familyId, form.getExpectedVersion(), userId, null),
                        errors,
                        UnaryOperator.identity(),
                        model)
                == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.TEAM, "family.removedFromTeam", name, redirect);
        }
        return removePage(familyId, userId, model);
    }

    private String requester(String familyId, String userId) {
        return families.family(familyId, ChronologyQuery.now()).joinRequests().stream()
                .map(FamilyView.JoinRequest::requester)
                .filter(requester -> requester.userId().equals(userId))
                .map(FamilyView.TeamMember::name)
                .findFirst()
                .orElse(userId);
    }

    private String declinePage(String familyId, String userId, Model model) {
        FamilyView family = pages.current(familyId, model);
        model.addAttribute(
                "request",
                family.joinRequests().stream()
                        .filter(request -> request.requester().userId().equals(userId))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such request")));
        return "family/decline-join";
    }

    private String addPage(String familyId, Model model) {
        FamilyView family = pages.current(familyId, model);
        List<Choice> colleagues = directory.practitioners().stream()
                .filter(practitioner ->
                        family.teamMember(practitioner.username()).isEmpty())
                .map(ReferralController::choice)
                .toList();
        model.addAttribute("colleagues", colleagues);
        return "family/add-to-team";
    }

    private String removePage(String familyId, String userId, Model model) {
        FamilyView family = pages.current(familyId, model);
        model.addAttribute(
                "member",
                family.teamMember(userId)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not on the team")));
        return "family/remove-from-team";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
