package uk.joinedup.caseservice.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.consent.api.ConsentEvidence;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/** What clients send to record or withdraw a consent. */
final class ConsentRequests {

    private ConsentRequests() {}

    /**
     * A consent as given.
     *
     * @param giverName who gave it and how they are related, unless the person gave it themselves
     * @param recipients the ids of the agencies that may see
     * @param validFrom the first day it covers; left out means today
     */
    record RecordConsentRequest(
            @NotNull(message = "Select who gave consent") ConsentGiver givenBy,
            @Size(max = 200, message = "The name of who gave consent must be 200 characters or fewer") String giverName,
            @NotEmpty(message = "Choose at least one agency the consent lets see information")
                    @Size(max = 30, message = "A consent can name at most 30 agencies")
                    Set<
                                    @NotBlank(message = "Choose an agency")
                                    @Size(max = 100, message = "An agency id must be 100 characters or fewer") String>
                            recipients,
            @NotEmpty(message = "Choose at least one kind of information the consent covers")
                    @Size(max = InputLimits.CHOICES, message = "Choose each kind of information once")
                    Set<@NotNull(message = "Choose a kind of information") InformationCategory> categories,
            @NotNull(message = "Select what the information may be used for") Purpose purpose,
            LocalDate validFrom,
            @NotNull(message = "Enter the last day the consent covers") LocalDate validUntil,
            @NotNull(message = "Select how the consent was evidenced") ConsentEvidence evidence,
            @Size(max = 500, message = "The evidence note must be 500 characters or fewer") String evidenceNote) {}

    /** A withdrawal; the date left out means today. */
    record WithdrawalRequest(
            @PastOrPresent(message = "The date of withdrawal must be today or in the past") LocalDate withdrawnOn,
            @NotBlank(message = "Enter why the consent is withdrawn")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}
}
