package uk.joinedup.webui.identification;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CandidateDecision;
import uk.joinedup.webui.caseservice.CandidatesList;
import uk.joinedup.webui.caseservice.CandidatesList.Candidate;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.Identification;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.SubNavigation;
import uk.joinedup.webui.security.SignedInUser;

/**
 * An early-help team manager's "Early identification": the families who may meet the criteria (those not yet
 * decided on, or all), a decision on one, and confirming a household as a family. Anyone else gets the 403 page
 * before case-service is asked (which would refuse them too).
 */
@Controller
class IdentificationController {

    static final String PATH = "/identification";
    /** The filter showing every candidate, decided on or not; without it only those not yet decided on are shown. */
    static final String ALL = "all";

    private final Identification identification;
    private final CandidateCards cards;
    private final Labels labels;

    IdentificationController(Identification identification, CandidateCards cards, Labels labels) {
        this.identification = identification;
        this.cards = cards;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal OidcUser principal, @RequestParam(required = false) String show, Model model) {
        allowed(principal);
        boolean all = ALL.equals(show);
        CandidatesList list = identification.candidates();
        List<Candidate> shown = list.candidates().stream()
                .filter(candidate -> all || candidate.decision() == null)
                .toList();
        model.addAttribute("asOf", Labels.date(list.asOf()));
        model.addAttribute("criteriaNeeded", list.criteriaNeeded());
        model.addAttribute("showAll", all);
        model.addAttribute("total", list.candidates().size());
        model.addAttribute(
                "undecided",
                list.candidates().stream().filter(one -> one.decision() == null).count());
        model.addAttribute("cards", cards.of(shown));
        model.addAttribute(
                "filter",
                new SubNavigation(List.of(
                        new SubNavigation.Item("identification.filter.undecided", PATH, !all),
                        new SubNavigation.Item("identification.filter.all", PATH + "?show=" + ALL, all))));
        return "identification/list";
    }

    @GetMapping(PATH + "/{candidateId}/decision")
    String decisionForm(
            @AuthenticationPrincipal OidcUser principal,
            @PathVariable String candidateId,
            @ModelAttribute("form") DecisionForm form,
            Model model) {
        allowed(principal);
        return decisionPage(candidate(candidateId), model);
    }

    @PostMapping(PATH + "/{candidateId}/decision")
    String decide(
            @AuthenticationPrincipal OidcUser principal,
            @PathVariable String candidateId,
            @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        allowed(principal);
        CandidateDecision decision = form.validate(errors);
        if (decision != null) {
            try {
                FormErrors.Outcome outcome = FormErrors.attempt(
                        () -> identification.decide(candidateId, decision),
                        errors,
                        UnaryOperator.identity(),
                        DecisionForm::refusedField,
                        "identification.decision.conflict");
                if (outcome == FormErrors.Outcome.DONE) {
                    return decided(candidateId, decision, redirect);
                }
            } catch (CaseServiceProblem.NotFound gone) {
                redirect.addFlashAttribute("important", "identification.gone");
                return "redirect:" + PATH;
            }
        }
        return decisionPage(candidate(candidateId), model);
    }

    @GetMapping(PATH + "/{candidateId}/household")
    String householdForm(
            @AuthenticationPrincipal OidcUser principal,
            @PathVariable String candidateId,
            @ModelAttribute("form") HouseholdForm form,
            Model model) {
        allowed(principal);
        Candidate candidate = household(candidateId);
        if (form.getName() == null) {
            form.setName(labels.get("identification.household.name.suggested", surname(candidate)));
        }
        return householdPage(candidate, model);
    }

    @PostMapping(PATH + "/{candidateId}/household")
    String confirmHousehold(
            @AuthenticationPrincipal OidcUser principal,
            @PathVariable String candidateId,
            @ModelAttribute("form") HouseholdForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        allowed(principal);
        Candidate candidate = household(candidateId);
        String name = form.validate(errors);
        if (name != null) {
            String[] familyId = new String[1];
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> familyId[0] = identification.confirmHousehold(candidateId, name),
                    errors,
                    UnaryOperator.identity(),
                    "identification.household.conflict");
            if (outcome == FormErrors.Outcome.DONE) {
                redirect.addFlashAttribute("success", "identification.household.confirmed");
                redirect.addFlashAttribute("successArgs", name);
                return "redirect:/families/" + familyId[0];
            }
        }
        return householdPage(candidate, model);
    }

    private String decided(String candidateId, CandidateDecision decision, RedirectAttributes redirect) {
        Candidate candidate = candidateOrNull(candidateId);
        String name = candidate == null ? "" : candidate.name();
        redirect.addFlashAttribute("success", "identification.decided." + decision.decision());
        redirect.addFlashAttribute("successArgs", name);
        if (decision.decision() == CandidateDecision.Decision.REFER && candidate != null) {
            redirect.addFlashAttribute("referHref", CandidateCards.referHref(candidate));
            redirect.addFlashAttribute(
                    "referText",
                    labels.get(
                            candidate.household() ? "identification.refer.household" : "identification.refer.family",
                            name));
        }
        return "redirect:" + PATH;
    }

    private String decisionPage(Candidate candidate, Model model) {
        model.addAttribute("card", cards.card(candidate));
        model.addAttribute(
                "decisions", labels.choicesWithHints("identification.decision.", CandidateDecision.Decision.values()));
        model.addAttribute("mostCharacters", DecisionForm.MOST_CHARACTERS);
        return "identification/decide";
    }

    private String householdPage(Candidate candidate, Model model) {
        model.addAttribute("card", cards.card(candidate));
        return "identification/household";
    }

    /** The candidate on the manager's list today; one no longer on it is not found. */
    private Candidate candidate(String candidateId) {
        Candidate candidate = candidateOrNull(candidateId);
        if (candidate == null) {
            throw new CaseServiceProblem.NotFound(labels.get("identification.gone"));
        }
        return candidate;
    }

    private Candidate candidateOrNull(String candidateId) {
        return identification.candidates().candidates().stream()
                .filter(one -> one.candidateId().equals(candidateId))
                .findFirst()
                .orElse(null);
    }

    /** A household on the list; a registered family is not one to confirm (not found, as case-service's 422). */
    private Candidate household(String candidateId) {
        Candidate candidate = candidate(candidateId);
        if (!candidate.household()) {
            throw new CaseServiceProblem.NotFound(labels.get("identification.household.notAHousehold"));
        }
        return candidate;
    }

    /** The family name of the household's first member (its parent, as case-service lists them), for a name to suggest. */
    private static String surname(Candidate candidate) {
        return candidate.members().stream()
                .map(CandidatesList.Member::familyName)
                .reduce((first, second) -> first)
                .orElse(candidate.name());
    }

    private void allowed(OidcUser principal) {
        if (principal == null || !SignedInUser.of(principal).findsFamiliesEarly()) {
            throw new CaseServiceProblem.Forbidden(labels.get("identification.forbidden"));
        }
    }
}
