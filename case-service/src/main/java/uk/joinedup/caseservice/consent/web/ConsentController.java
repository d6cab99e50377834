package uk.joinedup.caseservice.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.RecordConsent;
import uk.joinedup.caseservice.consent.api.WithdrawConsent;
import uk.joinedup.caseservice.consent.web.ConsentRequests.RecordConsentRequest;
import uk.joinedup.caseservice.consent.web.ConsentRequests.WithdrawalRequest;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.person.api.PersonId;

@Tag(name = "Consents")
@RestController
@RequestMapping("/api/people/{personId}/consents")
class ConsentController {

    private final Commands commands;
    private final Clock clock;

    ConsentController(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(
            summary = "Record a person's consent to share, as your agency (keyworkers, team managers and"
                    + " information-governance officers)",
            description = "Refused (422) with a code: giver-name-required, consent-ends-before-it-begins,"
                    + " consent-too-long (more than 3 years), consent-already-over, consent-administrators-only.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Created> recordConsent(
            @PathVariable String personId, @Valid @RequestBody RecordConsentRequest request, Actor actor) {
        ConsentId consentId = new ConsentId(UUID.randomUUID().toString());
        LocalDate today = today();
        Set<AgencyId> recipients = request.recipients().stream()
                .map(String::strip)
                .map(AgencyId::new)
                .collect(Collectors.toUnmodifiableSet());
        commands.send(new RecordConsent(
                consentId,
                new PersonId(personId),
                request.givenBy(),
                request.giverName(),
                recipients,
                request.categories(),
                request.purpose(),
                request.validFrom() != null ? request.validFrom() : today,
                request.validUntil(),
                request.evidence(),
                request.evidenceNote(),
                today,
                actor));
        return ResponseEntity.created(URI.create("/api/people/" + personId + "/consents"))
                .body(new Created(consentId.value()));
    }

    @Operation(
            summary = "Withdraw a consent: from the date of withdrawal it covers nothing, from the next request on",
            description = "Refused (422) with a code: consent-already-withdrawn, consent-expired,"
                    + " withdrawn-before-it-began, not-this-persons-consent.")
    @PostMapping("/{consentId}/withdrawal")
    ResponseEntity<Void> withdrawConsent(
            @PathVariable String personId,
            @PathVariable String consentId,
            @Valid @RequestBody WithdrawalRequest request,
            Actor actor) {
        LocalDate today = today();
        commands.send(new WithdrawConsent(
                new ConsentId(consentId),
                new PersonId(personId),
                request.withdrawnOn() != null ? request.withdrawnOn() : today,
                request.reason(),
                today,
                actor));
        return ResponseEntity.noContent().build();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The id of what a request created. */
    record Created(String id) {}
}
