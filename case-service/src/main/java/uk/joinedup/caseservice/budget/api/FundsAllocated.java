package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.family.api.FamilyId;

/** Money from a funding source was allocated to the family's budget for a period, approved by a team manager. */
@Revision("1")
public record FundsAllocated(
        BudgetId budgetId,
        FamilyId familyId,
        String allocationId,
        FundingSource source,
        Money amount,
        LocalDate from,
        LocalDate until,
        String approvedBy)
        implements BudgetEvent {}
