package uk.joinedup.caseservice.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A commitment was cancelled: what was not yet spent of it went back to its allocation.
 *
 * @param released the amount that went back
 */
@Revision("1")
public record CommitmentCancelled(
        BudgetId budgetId, String commitmentId, Money released, String reason, LocalDate cancelledOn)
        implements BudgetEvent {}
