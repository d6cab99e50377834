package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.views.casefile.ConsentsView;
import uk.joinedup.caseservice.views.casefile.GetConsents;

@Tag(name = "Consents")
@RestController
class ConsentsController {

    private final QueryGateway queries;

    ConsentsController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "A person's consents, newest first, each with its status today and a summary sentence (to"
                    + " information-governance officers, practitioners who work with the person and the recording"
                    + " agency)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsentsView.class)))
    @GetMapping("/api/people/{personId}/consents")
    ResponseEntity<?> consentsOf(@PathVariable String personId, Actor viewer) {
        Optional<ConsentsView> view = queries.query(
                        new GetConsents(personId, viewer), ResponseTypes.optionalInstanceOf(ConsentsView.class))
                .join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ConsentsController::noSuchPerson);
    }

    static ResponseEntity<ProblemDetail> noSuchPerson() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record"));
    }
}
