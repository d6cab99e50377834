package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.emergency.api.BreakGlass;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.views.casefile.FindOverridesOf;
import uk.joinedup.caseservice.views.casefile.GetWithheldAgencies;
import uk.joinedup.caseservice.views.casefile.OverridesView;
import uk.joinedup.caseservice.views.casefile.WithheldAgencies;

/**
 * Breaking glass on a person's record, and the overrides a record shows. Breaking glass needs what of the
 * record the sharing policy withholds from the practitioner now: the agencies whose entries it opens, who
 * are told of it and review it.
 */
@Tag(name = "Emergency access")
@RestController
class EmergencyAccessController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final Duration duration;

    EmergencyAccessController(
            Commands commands,
            QueryGateway queries,
            Clock clock,
            @Value("${joinedup.sharing.override-duration:PT24H}") Duration duration) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.duration = duration;
    }

    @Operation(
            summary = "Break glass: see a person's withheld record for a limited time (keyworkers and team managers)",
            description = "Opens what the sharing policy withholds from you now, for the configured time"
                    + " (joinedup.sharing.override-duration, 24 hours by default). The agencies whose entries it"
                    + " opens and the information-governance officer review it. Refused (422) with a code:"
                    + " nothing-withheld, practitioners-only.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Granted.class)))
    @PostMapping("/api/people/{personId}/emergency-access")
    ResponseEntity<?> breakGlass(
            @PathVariable String personId, @Valid @RequestBody BreakGlassRequest request, Actor actor) {
        Optional<WithheldAgencies> withheld = queries.query(
                        new GetWithheldAgencies(personId, actor),
                        ResponseTypes.optionalInstanceOf(WithheldAgencies.class))
                .join();
        if (withheld.isEmpty()) {
            return ConsentsController.noSuchPerson();
        }
        OverrideId overrideId = new OverrideId(UUID.randomUUID().toString());
        Instant from = clock.instant();
        Instant until = from.plus(duration);
        commands.send(new BreakGlass(
                overrideId,
                new PersonId(personId),
                request.reason(),
                request.explanation(),
                withheld.get().agencies(),
                from,
                until,
                actor));
        return ResponseEntity.created(URI.create("/api/people/" + personId))
                .body(new Granted(overrideId.value(), until));
    }

    @Operation(
            summary = "The emergency overrides of a person's record: those active now, or every one for"
                    + " information-governance officers (to them, practitioners who work with the person and the"
                    + " agency that broke glass)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OverridesView.class)))
    @GetMapping("/api/people/{personId}/emergency-access")
    ResponseEntity<?> overridesOf(@PathVariable String personId, Actor viewer) {
        Optional<OverridesView> view = queries.query(
                        new FindOverridesOf(personId, viewer), ResponseTypes.optionalInstanceOf(OverridesView.class))
                .join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ConsentsController::noSuchPerson);
    }

    record BreakGlassRequest(
            @NotNull(message = "Select why you need to see the record now") OverrideReason reason,
            @NotBlank(message = "Explain why you need to see the record now")
                    @Size(max = 2000, message = "The explanation must be 2,000 characters or fewer")
                    String explanation) {}

    /**
     * The override granted.
     *
     * @param id the override's id
     * @param until when it ends
     */
    record Granted(String id, Instant until) {}
}
