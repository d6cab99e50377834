package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.RiskFactor;
import uk.joinedup.webui.directory.Practitioner;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Referring a family into the programme, and a team manager's decision: accept (opening the case and
 * allocating a keyworker from the staff directory) or decline with a reason.
 */
@Controller
class ReferralController {

    static final String NOBODY = "none";

    private final Families families;
    private final FamilyPages pages;
    private final StaffDirectory directory;
    private final Labels labels;

    ReferralController(Families families, FamilyPages pages, StaffDirectory directory, Labels labels) {
        this.families = families;
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/families/{familyId}/referrals/new")
    String referralForm(@PathVariable String familyId, Model model) {
        ReferralForm form = new ReferralForm();
        form.setReceivedOn(pages.today());
        model.addAttribute("form", form);
        return referralPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/referrals/new")
    String refer(
            @PathVariable String familyId,
            @ModelAttribute("form") ReferralForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate receivedOn = pages.past(form.getReceivedOn(), "receivedOn", "referral.receivedOn", errors);
        Set<RiskFactor> riskFactors = EnumSet.noneOf(RiskFactor.class);
        form.getRiskFactors().stream()
                .map(value -> FamilyPages.option(RiskFactor.class, value))
                .filter(factor -> factor != null)
                .forEach(riskFactors::add);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> families.refer(familyId, form.getReason(), riskFactors, receivedOn),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.REFERRALS, "family.referred", null, redirect);
        }
        return referralPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/referrals/{referralId}/acceptance")
    String acceptanceForm(@PathVariable String familyId, @PathVariable String referralId, Model model) {
        AcceptReferralForm form = new AcceptReferralForm();
        form.setAcceptedOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return acceptancePage(familyId, referralId, model);
    }

    @PostMapping("/families/{familyId}/referrals/{referralId}/acceptance")
    String accept(
            @PathVariable String familyId,
            @PathVariable String referralId,
            @Valid @ModelAttribute("form") AcceptReferralForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate acceptedOn = pages.past(form.getAcceptedOn(), "acceptedOn", "referral.acceptedOn", errors);
        Families.NewTeamMember allocated = null;
        if (!errors.hasErrors() && !NOBODY.equals(form.getAllocateTo())) {
            allocated = directory
                    .practitioner(form.getAllocateTo())
                    .map(practitioner -> TeamController.member(practitioner, null, null))
                    .orElse(null);
            if (allocated == null) {
                errors.rejectValue("allocateTo", "referral.allocateTo.missing");
            }
        }
        Families.NewTeamMember allocatedTo = allocated;
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.acceptReferral(
                                        familyId, form.getExpectedVersion(), referralId, allocatedTo, acceptedOn),
                                errors,
                                field -> field.startsWith("allocatedTo") ? "allocateTo" : field,
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.TEAM, "family.referralAccepted", null, redirect);
        }
        return acceptancePage(familyId, referralId, model);
    }

    @GetMapping("/families/{familyId}/referrals/{referralId}/decline")
    String declineForm(@PathVariable String familyId, @PathVariable String referralId, Model model) {
        ReasonForm form = new ReasonForm();
        form.setOn(pages.today());
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return declinePage(familyId, referralId, model);
    }

    @PostMapping("/families/{familyId}/referrals/{referralId}/decline")
    String decline(
            @PathVariable String familyId,
            @PathVariable String referralId,
            @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate declinedOn = pages.past(form.getOn(), "on", "referral.declinedOn", errors);
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> families.declineReferral(
                                        familyId, form.getExpectedVersion(), referralId, form.getReason(), declinedOn),
                                errors,
                                field -> "declinedOn".equals(field) ? "on" : field,
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.REFERRALS, "family.referralDeclined", null, redirect);
        }
        return declinePage(familyId, referralId, model);
    }

    private String referralPage(String familyId, Model model) {
        pages.current(familyId, model);
        model.addAttribute("riskFactors", labels.choices("enum.RiskFactor.", RiskFactor.values()));
        return "family/refer";
    }

    private String acceptancePage(String familyId, String referralId, Model model) {
        model.addAttribute("referral", undecided(pages.current(familyId, model), referralId));
        model.addAttribute("keyworkers", keyworkers());
        return "family/accept-referral";
    }

    private String declinePage(String familyId, String referralId, Model model) {
        model.addAttribute("referral", undecided(pages.current(familyId, model), referralId));
        return "family/decline-referral";
    }

    /** Whom a family may be allocated to: every practitioner in the directory, then nobody yet. */
    private List<Choice> keyworkers() {
        List<Choice> choices = new ArrayList<>(directory.practitioners().stream()
                .map(ReferralController::choice)
                .toList());
        choices.add(new Choice(NOBODY, labels.get("referral.allocateTo.nobody"), null));
        return choices;
    }

    static Choice choice(Practitioner practitioner) {
        String job = practitioner.job() == null ? "" : practitioner.job() + ", ";
        return new Choice(practitioner.username(), practitioner.displayName(), job + practitioner.agencyName());
    }

    private static FamilyView.Referral undecided(FamilyView family, String referralId) {
        return family.referrals().stream()
                .filter(referral -> referral.referralId().equals(referralId) && referral.undecided())
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No undecided referral"));
    }
}
