package uk.joinedup.webui.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.Transfers;
import uk.joinedup.webui.directory.Practitioner;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;

/**
 * Moving the case to another agency: the lead professional or a team manager of the case proposes it, choosing
 * from the staff directory the practitioner of another agency who would lead it (only their username is sent:
 * case-service takes their name and agency from the directory); a team manager of the receiving agency accepts
 * it, handing the case to that practitioner or another of the agency, or declines it with a reason. Until then
 * the lead professional keeps the case. Proposing and accepting send the version of the family the page showed.
 */
@Controller
class TransferController {

    private final Transfers transfers;
    private final FamilyPages pages;
    private final StaffDirectory directory;
    private final Clock clock;

    TransferController(Transfers transfers, FamilyPages pages, StaffDirectory directory, Clock clock) {
        this.transfers = transfers;
        this.pages = pages;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/families/{familyId}/transfers/new")
    String proposalForm(@PathVariable String familyId, Model model) {
        ProposeTransferForm form = new ProposeTransferForm();
        pages.showing(familyId, form, model);
        model.addAttribute("form", form);
        return proposalPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/transfers/new")
    String propose(
            @PathVariable String familyId,
            @ModelAttribute("form") ProposeTransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.validate(errors);
        Practitioner receiving = BudgetText.blank(form.getProposedLead())
                ? null
                : directory.practitioner(form.getProposedLead().strip()).orElse(null);
        if (receiving == null && !errors.hasFieldErrors("proposedLead")) {
            errors.rejectValue("proposedLead", "transfer.proposedLead.missing");
        }
        if (!errors.hasErrors()
                && pages.attempt(
                                familyId,
                                form,
                                () -> transfers.propose(
                                        familyId,
                                        form.getExpectedVersion(),
                                        receiving.username(),
                                        form.getReason().strip()),
                                errors,
                                UnaryOperator.identity(),
                                ProposeTransferForm::refusedField,
                                model)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.TEAM, "transfer.done.proposed", receiving.agencyName(), redirect);
        }
        return proposalPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/transfers/{transferId}/acceptance")
    String acceptanceForm(@PathVariable String familyId, @PathVariable String transferId, Model model) {
        AcceptTransferForm form = new AcceptTransferForm();
        FamilyView family = pages.showing(familyId, form, model);
        form.setNewLead(awaiting(family, transferId).proposedLead().userId());
        model.addAttribute("form", form);
        return acceptancePage(familyId, transferId, model);
    }

    @PostMapping("/families/{familyId}/transfers/{transferId}/acceptance")
    String accept(
            @PathVariable String familyId,
            @PathVariable String transferId,
            @ModelAttribute("form") AcceptTransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyView.Transfer transfer = awaiting(pages.current(familyId, model), transferId);
        String proposed = transfer.proposedLead().userId();
        String newLead = form.newLeadOtherThan(proposed);
        if (form.validate(errors)
                && pages.attempt(
                                familyId,
                                form,
                                () -> transfers.accept(familyId, transferId, form.getExpectedVersion(), newLead),
                                errors,
                                UnaryOperator.identity(),
                                AcceptTransferForm::refusedField,
                                model)
                        == FormErrors.Outcome.DONE) {
            String name = candidates(transfer).stream()
                    .filter(candidate -> candidate.value().equals(newLead == null ? proposed : newLead))
                    .map(Choice::label)
                    .findFirst()
                    .orElse(newLead);
            return pages.done(familyId, FamilyPart.TEAM, "transfer.done.accepted", name, redirect);
        }
        return acceptancePage(familyId, transferId, model);
    }

    @GetMapping("/families/{familyId}/transfers/{transferId}/decline")
    String declineForm(@PathVariable String familyId, @PathVariable String transferId, Model model) {
        DeclineTransferForm form = new DeclineTransferForm();
        form.setDeclinedOn(pages.today());
        model.addAttribute("form", form);
        return declinePage(familyId, transferId, model);
    }

    @PostMapping("/families/{familyId}/transfers/{transferId}/decline")
    String decline(
            @PathVariable String familyId,
            @PathVariable String transferId,
            @ModelAttribute("form") DeclineTransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyView family = pages.current(familyId, model);
        awaiting(family, transferId);
        DeclineTransferForm.Decline decline = form.toDecline(LocalDate.now(clock), errors);
        if (decline != null
                && FormErrors.attempt(
                                () -> transfers.decline(familyId, transferId, decline.reason(), decline.on()),
                                errors,
                                UnaryOperator.identity(),
                                code -> "dated-in-future".equals(code) ? "declinedOn" : null,
                                "family.conflict")
                        == FormErrors.Outcome.DONE) {
            FamilyView.TeamMember holder = family.holder();
            return pages.done(
                    familyId, FamilyPart.TEAM, "transfer.done.declined", holder == null ? "" : holder.name(), redirect);
        }
        return declinePage(familyId, transferId, model);
    }

    /** The proposal's page: practitioners of the directory outside the lead professional's agency. */
    private String proposalPage(String familyId, Model model) {
        FamilyView family = pages.current(familyId, model);
        String leadAgency =
                family.lead() == null ? null : family.lead().member().agency();
        model.addAttribute(
                "practitioners",
                directory.practitioners().stream()
                        .filter(practitioner -> !practitioner.agencyId().equals(leadAgency))
                        .map(ReferralController::choice)
                        .toList());
        return "family/propose-transfer";
    }

    private String acceptancePage(String familyId, String transferId, Model model) {
        FamilyView.Transfer transfer = awaiting(pages.current(familyId, model), transferId);
        model.addAttribute("transfer", transfer);
        model.addAttribute("candidates", candidates(transfer));
        return "family/accept-transfer";
    }

    private String declinePage(String familyId, String transferId, Model model) {
        model.addAttribute("transfer", awaiting(pages.current(familyId, model), transferId));
        return "family/decline-transfer";
    }

    /**
     * Who may lead the case once the transfer is accepted: the practitioner proposed first, then the other
     * practitioners of the receiving agency in the staff directory.
     */
    private List<Choice> candidates(FamilyView.Transfer transfer) {
        FamilyView.TeamMember proposed = transfer.proposedLead();
        List<Choice> candidates = new ArrayList<>();
        candidates.add(new Choice(
                proposed.userId(),
                proposed.name(),
                proposed.role() == null ? proposed.agencyName() : proposed.role() + ", " + proposed.agencyName()));
        directory.practitioners().stream()
                .filter(practitioner -> practitioner.agencyId().equals(proposed.agency())
                        && !practitioner.username().equals(proposed.userId()))
                .map(ReferralController::choice)
                .forEach(candidates::add);
        return candidates;
    }

    /** The transfer awaiting a decision with this id: there is none to decide otherwise. */
    /**
     * The transfer, while it awaits a decision.
     *
     * @throws TransferDecided when it no longer does: the user is told so, on the family's team part
     * @throws ResponseStatusException (404) when the family has no such transfer
     */
    private static FamilyView.Transfer awaiting(FamilyView family, String transferId) {
        Optional<FamilyView.Transfer> awaiting = family.awaitingTransfer()
                .filter(transfer -> transfer.transferId().equals(transferId));
        if (awaiting.isPresent()) {
            return awaiting.get();
        }
        if (family.transfers().stream()
                .anyMatch(transfer -> transfer.transferId().equals(transferId))) {
            throw new TransferDecided(family.familyId());
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such transfer");
    }

    @ExceptionHandler(TransferDecided.class)
    String alreadyDecided(TransferDecided decided, RedirectAttributes redirect) {
        redirect.addFlashAttribute("important", "transfer.alreadyDecided");
        return "redirect:" + FamilyPart.TEAM.path(decided.familyId, null);
    }

    /** A transfer someone decided (or a closure withdrew) before this user did. */
    private static final class TransferDecided extends RuntimeException {

        private final String familyId;

        TransferDecided(String familyId) {
            super("The transfer no longer awaits a decision", null, false, false);
            this.familyId = familyId;
        }
    }
}
