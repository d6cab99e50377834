package uk.joinedup.webui.family;

import java.time.Clock;
import java.time.LocalDate;
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
import uk.joinedup.webui.caseservice.BudgetView;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.FundingSource;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Pounds;

/**
 * Changing the family's budget: allocating funds (a team manager of the case), commissioning a service for a
 * goal of the plan (the lead professional), recording spend against a commitment and cancelling it (either).
 * case-service decides who may and how much is left; what it refuses is shown in the form's error summary,
 * against the field it is about. The changes carry no version: case-service decides each on the budget as it
 * then is.
 */
@Controller
class BudgetController {

    private static final String CONFLICT = "budget.conflict";

    private final Budgets budgets;
    private final FamilyPages pages;
    private final Labels labels;
    private final Clock clock;

    BudgetController(Budgets budgets, FamilyPages pages, Labels labels, Clock clock) {
        this.budgets = budgets;
        this.pages = pages;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/families/{familyId}/budget/allocations/new")
    String allocationForm(@PathVariable String familyId, Model model) {
        AllocationForm form = new AllocationForm();
        form.setFrom(pages.today());
        model.addAttribute("form", form);
        return allocationPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/budget/allocations/new")
    String allocate(
            @PathVariable String familyId,
            @ModelAttribute("form") AllocationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Budgets.AllocationRequest allocation = form.toRequest(errors);
        if (allocation != null
                && FormErrors.attempt(
                                () -> budgets.allocate(familyId, allocation),
                                errors,
                                UnaryOperator.identity(),
                                AllocationForm::refusedField,
                                CONFLICT)
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId, FamilyPart.BUDGET, "budget.done.allocated", Pounds.format(allocation.amount()), redirect);
        }
        return allocationPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/budget/commitments/new")
    String commitmentForm(@PathVariable String familyId, Model model) {
        CommitmentForm form = new CommitmentForm();
        form.setCommittedOn(pages.today());
        model.addAttribute("form", form);
        return commissionPage(familyId, model);
    }

    @PostMapping("/families/{familyId}/budget/commitments/new")
    String commission(
            @PathVariable String familyId,
            @ModelAttribute("form") CommitmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Budgets.CommitmentRequest commitment = form.toRequest(today(), errors);
        if (commitment != null
                && FormErrors.attempt(
                                () -> budgets.commission(familyId, commitment),
                                errors,
                                UnaryOperator.identity(),
                                CommitmentForm::refusedField,
                                CONFLICT)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.BUDGET, "budget.done.commissioned", commitment.provider(), redirect);
        }
        return commissionPage(familyId, model);
    }

    @GetMapping("/families/{familyId}/budget/commitments/{commitmentId}/spend")
    String spendForm(@PathVariable String familyId, @PathVariable String commitmentId, Model model) {
        SpendForm form = new SpendForm();
        form.setSpentOn(pages.today());
        model.addAttribute("form", form);
        commitment(familyId, commitmentId, model);
        return "family/record-spend";
    }

    @PostMapping("/families/{familyId}/budget/commitments/{commitmentId}/spend")
    String recordSpend(
            @PathVariable String familyId,
            @PathVariable String commitmentId,
            @ModelAttribute("form") SpendForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        commitment(familyId, commitmentId, model);
        Budgets.SpendRequest spend = form.toRequest(today(), errors);
        if (spend != null
                && FormErrors.attempt(
                                () -> budgets.recordSpend(familyId, commitmentId, spend),
                                errors,
                                UnaryOperator.identity(),
                                SpendForm::refusedField,
                                CONFLICT)
                        == FormErrors.Outcome.DONE) {
            return pages.done(
                    familyId, FamilyPart.BUDGET, "budget.done.spendRecorded", Pounds.format(spend.amount()), redirect);
        }
        return "family/record-spend";
    }

    @GetMapping("/families/{familyId}/budget/commitments/{commitmentId}/cancellation")
    String cancellationForm(@PathVariable String familyId, @PathVariable String commitmentId, Model model) {
        model.addAttribute("form", new CancellationForm());
        commitment(familyId, commitmentId, model);
        return "family/cancel-commitment";
    }

    @PostMapping("/families/{familyId}/budget/commitments/{commitmentId}/cancellation")
    String cancel(
            @PathVariable String familyId,
            @PathVariable String commitmentId,
            @ModelAttribute("form") CancellationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String provider = commitment(familyId, commitmentId, model).provider();
        Budgets.CancellationRequest cancellation = form.toRequest(errors);
        if (cancellation != null
                && FormErrors.attempt(
                                () -> budgets.cancel(familyId, commitmentId, cancellation),
                                errors,
                                UnaryOperator.identity(),
                                code -> null,
                                CONFLICT)
                        == FormErrors.Outcome.DONE) {
            return pages.done(familyId, FamilyPart.BUDGET, "budget.done.cancelled", provider, redirect);
        }
        return "family/cancel-commitment";
    }

    private String allocationPage(String familyId, Model model) {
        budget(pages.current(familyId, model));
        model.addAttribute("sources", labels.choices("enum.FundingSource.", FundingSource.values()));
        return "family/allocate-funds";
    }

    /** The commission page: the allocations with money left, and the goals of the plan. */
    private String commissionPage(String familyId, Model model) {
        FamilyView family = pages.current(familyId, model);
        BudgetView budget = budget(family);
        if (family.plan() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The family has no plan");
        }
        model.addAttribute(
                "allocations",
                budget.allocationsWithMoneyLeft().stream().map(this::option).toList());
        model.addAttribute(
                "goals",
                family.plan().goals().stream()
                        .map(goal -> new Choice(
                                goal.goalId(), goal.description(), labels.get("enum.NeedDomain." + goal.need())))
                        .toList());
        return "family/commission-service";
    }

    /** The commitment a page is about, put in the model (with the family) to show above its form. */
    private BudgetView.Commitment commitment(String familyId, String commitmentId, Model model) {
        BudgetView.Commitment commitment = budget(pages.current(familyId, model))
                .commitment(commitmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such commitment"));
        model.addAttribute("commitment", commitment);
        return commitment;
    }

    /** An allocation to pay from: its source and period, and what is left of it. */
    private Choice option(BudgetView.Allocation allocation) {
        return new Choice(
                allocation.allocationId(),
                labels.get(
                        "budget.commitment.allocation.option",
                        labels.get("enum.FundingSource." + allocation.source()),
                        Labels.date(allocation.from()),
                        Labels.date(allocation.until())),
                labels.get("budget.commitment.allocation.left", Pounds.format(allocation.left())));
    }

    /** The family's budget, which only those who see the casework see, and so may change. */
    private static BudgetView budget(FamilyView family) {
        if (family.budget() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The casework is not shared with you");
        }
        return family.budget();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
