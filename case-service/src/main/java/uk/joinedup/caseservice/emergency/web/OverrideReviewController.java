package uk.joinedup.caseservice.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.ReviewOverride;
import uk.joinedup.caseservice.emergency.record.FindOverridesAwaitingReview;
import uk.joinedup.caseservice.emergency.record.OverrideSummary;
import uk.joinedup.caseservice.infrastructure.axon.Commands;

@Tag(name = "Emergency access")
@RestController
class OverrideReviewController {

    private final Commands commands;
    private final QueryGateway queries;

    OverrideReviewController(Commands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(
            summary = "Review an emergency override (information-governance officers, and team managers of an"
                    + " agency whose records it opened)",
            description = "Refused (422) with a code: override-already-reviewed, own-override, reviewers-only.")
    @PostMapping("/api/emergency-access/{overrideId}/review")
    ResponseEntity<Void> reviewOverride(
            @PathVariable String overrideId, @Valid @RequestBody OverrideReviewRequest request, Actor actor) {
        commands.send(new ReviewOverride(new OverrideId(overrideId), request.justified(), request.note(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Emergency overrides awaiting review, oldest first: every one for information-governance"
                    + " officers, those that opened your agency's records for team managers, none for anyone else")
    @GetMapping("/api/emergency-access/awaiting-review")
    List<OverrideSummary> overridesAwaitingReview(Actor viewer) {
        return queries.query(
                        new FindOverridesAwaitingReview(viewer),
                        ResponseTypes.multipleInstancesOf(OverrideSummary.class))
                .join();
    }

    /**
     * A review of an override. Named apart from the family review's request: the API description names
     * schemas by their simple name.
     */
    record OverrideReviewRequest(
            @NotNull(message = "Say whether breaking glass was justified") Boolean justified,
            @NotBlank(message = "Write a note of what the review found")
                    @Size(max = 2000, message = "The note must be 2,000 characters or fewer")
                    String note) {}
}
