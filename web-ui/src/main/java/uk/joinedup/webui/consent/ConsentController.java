package uk.joinedup.webui.consent;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.ConsentEvidence;
import uk.joinedup.webui.caseservice.ConsentGiver;
import uk.joinedup.webui.caseservice.Consents;
import uk.joinedup.webui.caseservice.ConsentsView;
import uk.joinedup.webui.caseservice.ConsentsView.ConsentView;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonView;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.security.SignedInUser;

/** A person's consents to share: the list with their history, recording one, withdrawing one. */
@Controller
class ConsentController {

    private final Consents consents;
    private final People people;
    private final StaffDirectory directory;
    private final Labels labels;
    private final Clock clock;

    ConsentController(Consents consents, People people, StaffDirectory directory, Labels labels, Clock clock) {
        this.consents = consents;
        this.people = people;
        this.directory = directory;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/{personId}/consents")
    String list(
            @PathVariable String personId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        model.addAttribute("person", person(personId));
        model.addAttribute("consents", consents.of(personId));
        model.addAttribute("mayRecord", mayRecord(user));
        return "consent/list";
    }

    @GetMapping("/people/{personId}/consents/new")
    String recordForm(@PathVariable String personId, Model model) {
        ConsentForm form = new ConsentForm();
        form.setValidFrom(DateInput.of(today()));
        model.addAttribute("form", form);
        return recordPage(personId, model);
    }

    @PostMapping("/people/{personId}/consents/new")
    String record(
            @PathVariable String personId,
            @Valid @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate from = form.getValidFrom()
                .validate(
                        "validFrom", new DefaultMessageSourceResolvable("consent.validFrom.label"), null, null, errors);
        LocalDate until = form.getValidUntil()
                .validate(
                        "validUntil",
                        new DefaultMessageSourceResolvable("consent.validUntil.label"),
                        new DefaultMessageSourceResolvable("consent.validUntil.missing"),
                        null,
                        errors);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> consents.record(personId, form.toRequest(from, until)),
                                errors,
                                ConsentForm::formField,
                                ConsentForm::refusedField,
                                null)
                        == FormErrors.Outcome.DONE) {
            redirect.addFlashAttribute("success", "consent.recorded");
            return "redirect:/people/" + personId + "/consents";
        }
        return recordPage(personId, model);
    }

    @GetMapping("/people/{personId}/consents/{consentId}/withdrawal")
    String withdrawalForm(@PathVariable String personId, @PathVariable String consentId, Model model) {
        WithdrawalForm form = new WithdrawalForm();
        form.setWithdrawnOn(DateInput.of(today()));
        model.addAttribute("form", form);
        return withdrawalPage(personId, consentId, model);
    }

    @PostMapping("/people/{personId}/consents/{consentId}/withdrawal")
    String withdraw(
            @PathVariable String personId,
            @PathVariable String consentId,
            @Valid @ModelAttribute("form") WithdrawalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate withdrawnOn = form.getWithdrawnOn()
                .validate(
                        "withdrawnOn",
                        new DefaultMessageSourceResolvable("consent.withdrawnOn.label"),
                        new DefaultMessageSourceResolvable("consent.withdrawnOn.missing"),
                        today(),
                        errors);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> consents.withdraw(
                                        personId,
                                        consentId,
                                        withdrawnOn,
                                        form.getReason().strip()),
                                errors,
                                WithdrawalForm::formField,
                                WithdrawalForm::refusedField,
                                null)
                        == FormErrors.Outcome.DONE) {
            redirect.addFlashAttribute("success", "consent.withdrawn");
            return "redirect:/people/" + personId + "/consents";
        }
        return withdrawalPage(personId, consentId, model);
    }

    private String recordPage(String personId, Model model) {
        model.addAttribute("person", person(personId));
        model.addAttribute("givers", labels.choicesWithHints("enum.ConsentGiver.", ConsentGiver.values()));
        model.addAttribute("agencies", agencies());
        model.addAttribute("categories", labels.choicesWithHints("category.", InformationCategory.values()));
        model.addAttribute("purposes", labels.choices("enum.Purpose.", Purpose.values()));
        model.addAttribute("evidence", labels.choicesWithHints("enum.ConsentEvidence.", ConsentEvidence.values()));
        return "consent/record";
    }

    private String withdrawalPage(String personId, String consentId, Model model) {
        ConsentsView theirs = consents.of(personId);
        ConsentView consent = theirs.consent(consentId)
                .orElseThrow(() -> new CaseServiceProblem.NotFound("No such consent on this person's record"));
        model.addAttribute("person", person(personId));
        model.addAttribute("consent", consent);
        return "consent/withdraw";
    }

    private List<Choice> agencies() {
        return directory.agencies().stream()
                .map(agency -> Choice.of(agency.id(), agency.name()))
                .toList();
    }

    private PersonView person(String personId) {
        return people.person(personId, ChronologyQuery.now());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Keyworkers, team managers and information-governance officers record and withdraw consents. */
    static boolean mayRecord(SignedInUser user) {
        return user.practitioner() || user.informationGovernance();
    }
}
