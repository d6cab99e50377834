package uk.joinedup.webui.agreement;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.AgencyKind;
import uk.joinedup.webui.caseservice.AgreementView;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.caseservice.SharingAgreements;
import uk.joinedup.webui.directory.Agency;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Sharing agreements: the list, one agreement with every version, and (for information-governance
 * officers; case-service refuses anyone else) registering, revising and ending one.
 */
@Controller
class SharingAgreementController {

    private final SharingAgreements agreements;
    private final AgreementPresenter presenter;
    private final StaffDirectory directory;
    private final Labels labels;
    private final Clock clock;

    SharingAgreementController(
            SharingAgreements agreements,
            AgreementPresenter presenter,
            StaffDirectory directory,
            Labels labels,
            Clock clock) {
        this.agreements = agreements;
        this.presenter = presenter;
        this.directory = directory;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/sharing-agreements")
    String list(Model model) {
        model.addAttribute("agreements", presenter.cards(agreements.all(), agencyNames(directory.agencies())));
        return "agreement/list";
    }

    @GetMapping("/sharing-agreements/{agreementId}")
    String show(@PathVariable String agreementId, Model model) {
        AgreementView agreement = agreements.agreement(agreementId);
        Map<String, String> names = agencyNames(directory.agencies());
        model.addAttribute("agreement", agreement);
        model.addAttribute("current", presenter.card(agreement.current(), names));
        model.addAttribute(
                "versions",
                agreement.versions().stream()
                        .sorted(Comparator.comparingInt(AgreementView.Version::version)
                                .reversed())
                        .map(version -> new VersionInWords(version, presenter.terms(version.terms(), names)))
                        .toList());
        return "agreement/show";
    }

    @GetMapping("/sharing-agreements/new")
    String registerForm(Model model) {
        AgreementForm form = new AgreementForm();
        form.setStartsOn(DateInput.of(today()));
        model.addAttribute("form", form);
        return formPage(null, model);
    }

    @PostMapping("/sharing-agreements/new")
    String register(
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dates dates = dates(form, errors);
        if (!errors.hasErrors()) {
            String[] created = new String[1];
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> created[0] = agreements.register(form.toTerms(dates.starts, dates.review, dates.ends)),
                    errors,
                    AgreementForm::formField,
                    AgreementForm::refusedField,
                    null);
            if (outcome == FormErrors.Outcome.DONE) {
                return done(created[0], "agreement.registered", form.getTitle().strip(), redirect);
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/sharing-agreements/{agreementId}/revision")
    String revisionForm(@PathVariable String agreementId, Model model) {
        AgreementView agreement = agreements.agreement(agreementId);
        model.addAttribute("form", AgreementForm.of(agreement.currentTerms()));
        return formPage(agreement, model);
    }

    @PostMapping("/sharing-agreements/{agreementId}/revision")
    String revise(
            @PathVariable String agreementId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dates dates = dates(form, errors);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "agreement.revision.reason.missing");
        } else if (form.getReason().length() > 500) {
            errors.rejectValue("reason", "agreement.reason.tooLong");
        }
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> agreements.revise(
                                        agreementId,
                                        form.toTerms(dates.starts, dates.review, dates.ends),
                                        form.getReason().strip()),
                                errors,
                                AgreementForm::formField,
                                AgreementForm::refusedField,
                                null)
                        == FormErrors.Outcome.DONE) {
            return done(agreementId, "agreement.revised", form.getTitle().strip(), redirect);
        }
        return formPage(agreements.agreement(agreementId), model);
    }

    @GetMapping("/sharing-agreements/{agreementId}/end")
    String endForm(@PathVariable String agreementId, Model model) {
        EndAgreementForm form = new EndAgreementForm();
        form.setEndsOn(DateInput.of(today()));
        model.addAttribute("form", form);
        model.addAttribute("agreement", agreements.agreement(agreementId));
        return "agreement/end";
    }

    @PostMapping("/sharing-agreements/{agreementId}/end")
    String end(
            @PathVariable String agreementId,
            @Valid @ModelAttribute("form") EndAgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate endsOn = form.getEndsOn()
                .validate(
                        "endsOn",
                        new DefaultMessageSourceResolvable("agreement.end.endsOn.label"),
                        new DefaultMessageSourceResolvable("agreement.end.endsOn.missing"),
                        null,
                        errors);
        AgreementView agreement = agreements.agreement(agreementId);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> agreements.end(
                                        agreementId, endsOn, form.getReason().strip()),
                                errors,
                                field -> field,
                                EndAgreementForm::refusedField,
                                null)
                        == FormErrors.Outcome.DONE) {
            return done(agreementId, "agreement.ended", agreement.current().title(), redirect);
        }
        model.addAttribute("agreement", agreement);
        return "agreement/end";
    }

    private record Dates(LocalDate starts, LocalDate review, LocalDate ends) {}

    private Dates dates(AgreementForm form, BindingResult errors) {
        if (!form.namesAParty()) {
            errors.rejectValue("partyAgencies", "agreement.parties.missing");
        }
        return new Dates(
                form.getStartsOn()
                        .validate(
                                "startsOn",
                                new DefaultMessageSourceResolvable("agreement.startsOn.label"),
                                new DefaultMessageSourceResolvable("agreement.startsOn.missing"),
                                null,
                                errors),
                form.getReviewOn()
                        .validate(
                                "reviewOn",
                                new DefaultMessageSourceResolvable("agreement.reviewOn.label"),
                                new DefaultMessageSourceResolvable("agreement.reviewOn.missing"),
                                null,
                                errors),
                form.getEndsOn()
                        .validate(
                                "endsOn",
                                new DefaultMessageSourceResolvable("agreement.endsOn.label"),
                                null,
                                null,
                                errors));
    }

    private String formPage(AgreementView revising, Model model) {
        model.addAttribute("revising", revising);
        model.addAttribute("agencies", agencyChoices(directory.agencies(), (AgreementForm) model.getAttribute("form")));
        model.addAttribute("kinds", kindChoices());
        model.addAttribute("categories", labels.choices("category.", InformationCategory.values()));
        model.addAttribute("purposes", labels.choices("enum.Purpose.", Purpose.values()));
        model.addAttribute("lawfulBases", labels.choicesWithHints("enum.LawfulBasis.", LawfulBasis.values()));
        return "agreement/form";
    }

    private String done(String agreementId, String message, String title, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArgs", title);
        return "redirect:/sharing-agreements/" + agreementId;
    }

    private List<Choice> kindChoices() {
        return Arrays.stream(AgencyKind.values())
                .map(kind -> Choice.of(kind.name(), labels.get("enum.AgencyKind." + kind + ".party")))
                .toList();
    }

    /** The agencies of the directory, and any other the agreement already names (by its id). */
    private static List<Choice> agencyChoices(List<Agency> agencies, AgreementForm form) {
        List<Choice> choices = new ArrayList<>(agencies.stream()
                .map(agency -> Choice.of(agency.id(), agency.name()))
                .toList());
        form.getPartyAgencies().stream()
                .filter(id -> agencies.stream().noneMatch(agency -> agency.id().equals(id)))
                .forEach(id -> choices.add(Choice.of(id, id)));
        return choices;
    }

    private static Map<String, String> agencyNames(List<Agency> agencies) {
        return agencies.stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
