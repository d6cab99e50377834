package uk.joinedup.caseservice.agreement.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.infrastructure.web.InputLimits;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;

/** What clients send to register, revise or end a sharing agreement. */
final class AgreementRequests {

    private AgreementRequests() {}

    /** An agreement's full terms, as registered or revised. */
    record TermsRequest(
            @NotBlank(message = "Enter the title of the agreement")
                    @Size(max = 200, message = "The title must be 200 characters or fewer")
                    String title,
            @NotEmpty(message = "Name the parties to the agreement")
                    @Size(max = 50, message = "An agreement can name at most 50 parties")
                    List<@NotNull(message = "Name the party") @Valid PartyRequest> parties,
            @NotEmpty(message = "Choose at least one kind of information the agreement shares")
                    @Size(max = InputLimits.CHOICES, message = "Choose each kind of information once")
                    Set<@NotNull(message = "Choose a kind of information") InformationCategory> categories,
            @NotEmpty(message = "Choose at least one purpose the agreement is for")
                    @Size(max = InputLimits.CHOICES, message = "Choose each purpose once")
                    Set<@NotNull(message = "Choose a purpose") Purpose> purposes,
            @NotEmpty(message = "Choose at least one lawful basis the agreement rests on")
                    @Size(max = InputLimits.CHOICES, message = "Choose each lawful basis once")
                    Set<@NotNull(message = "Choose a lawful basis") LawfulBasis> lawfulBases,
            @NotNull(message = "Enter the date the agreement starts") LocalDate startsOn,
            @NotNull(message = "Enter the date the agreement is due for review") LocalDate reviewOn,
            LocalDate endsOn) {

        Terms toTerms() {
            return new Terms(
                    title,
                    parties.stream().map(PartyRequest::toParty).collect(Collectors.toUnmodifiableSet()),
                    categories,
                    purposes,
                    lawfulBases,
                    startsOn,
                    reviewOn,
                    endsOn);
        }
    }

    /** One party: an agency by its id, or every agency of a kind. */
    record PartyRequest(
            @Size(max = 100, message = "An agency id must be 100 characters or fewer") String agency, AgencyKind kind) {

        @JsonIgnore
        @AssertTrue(message = "Name either an agency or a kind of agency for each party")
        boolean isOneAgencyOrKind() {
            return (agency == null || agency.isBlank()) != (kind == null);
        }

        Party toParty() {
            return kind != null ? Party.kind(kind) : Party.agency(new AgencyId(agency.strip()));
        }
    }

    record RevisionRequest(
            @NotNull(message = "Send the revised terms") @Valid TermsRequest terms,
            @NotBlank(message = "Enter why the agreement is revised")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}

    record EndRequest(
            @NotNull(message = "Enter the agreement's last day") LocalDate endsOn,
            @NotBlank(message = "Enter why the agreement is ended")
                    @Size(max = 500, message = "The reason must be 500 characters or fewer")
                    String reason) {}
}
