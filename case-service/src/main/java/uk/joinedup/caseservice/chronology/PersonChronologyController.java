package uk.joinedup.caseservice.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

@Tag(name = "Chronology")
@RestController
class PersonChronologyController {

    private final QueryGateway queries;

    PersonChronologyController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "A person's chronology, newest first, as the caller may see it")
    @GetMapping("/api/people/{personId}/chronology")
    ResponseEntity<PersonChronologyView> chronology(@PathVariable String personId, Actor viewer) {
        Optional<PersonChronologyView> view = queries.query(
                        new GetPersonChronology(new PersonId(personId), viewer),
                        ResponseTypes.optionalInstanceOf(PersonChronologyView.class))
                .join();
        return ResponseEntity.of(view);
    }
}
