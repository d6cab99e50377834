package uk.joinedup.caseservice.budget.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;

/** What clients send to change a family's budget. Amounts are pounds with at most two places; dates left out mean today. */
final class BudgetRequests {

    private static final String AMOUNT = "Enter an amount in pounds and pence, for example 250 or 249.99";
    private static final String POSITIVE = "The amount must be at least £0.01";

    private BudgetRequests() {}

    record AllocationRequest(
            @NotNull(message = "Select where the money comes from") FundingSource source,
            @NotNull(message = "Enter the amount allocated")
                    @DecimalMin(value = "0.01", message = POSITIVE)
                    @Digits(integer = 9, fraction = 2, message = AMOUNT)
                    BigDecimal amount,
            @NotNull(message = "Enter the date the allocation starts") LocalDate from,
            @NotNull(message = "Enter the date the allocation ends") LocalDate until) {}

    record CommitmentRequest(
            @NotBlank(message = "Choose the allocation it is paid from")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String allocationId,
            @NotBlank(message = "Enter the provider")
                    @Size(max = 200, message = "The provider must be 200 characters or fewer")
                    String provider,
            @NotBlank(message = "Enter what the service is for")
                    @Size(max = 1000, message = "The purpose must be 1,000 characters or fewer")
                    String purpose,
            @NotBlank(message = "Choose the plan goal it serves")
                    @Size(max = InputLimits.ID, message = "An id must be 100 characters or fewer")
                    String goalId,
            @NotNull(message = "Enter the amount committed")
                    @DecimalMin(value = "0.01", message = POSITIVE)
                    @Digits(integer = 9, fraction = 2, message = AMOUNT)
                    BigDecimal amount,
            @PastOrPresent(message = "The date commissioned must be today or in the past") LocalDate committedOn) {}

    record SpendRequest(
            @NotNull(message = "Enter the amount spent")
                    @DecimalMin(value = "0.01", message = POSITIVE)
                    @Digits(integer = 9, fraction = 2, message = AMOUNT)
                    BigDecimal amount,
            @PastOrPresent(message = "The date spent must be today or in the past") LocalDate spentOn) {}

    record CancellationRequest(
            @NotBlank(message = "Enter why the commitment is cancelled")
                    @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
                    String reason,
            @PastOrPresent(message = "The date cancelled must be today or in the past") LocalDate cancelledOn) {}
}
