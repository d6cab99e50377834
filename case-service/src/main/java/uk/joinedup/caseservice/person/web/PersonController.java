package uk.joinedup.caseservice.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.RecordCaseNote;
import uk.joinedup.caseservice.person.api.RegisterPerson;

@Tag(name = "People")
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final Commands commands;
    private final Clock clock;

    PersonController(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "Register a person")
    @PostMapping
    ResponseEntity<Created> register(@Valid @RequestBody RegisterPersonRequest request, Actor actor) {
        PersonId personId = new PersonId(UUID.randomUUID().toString());
        commands.send(new RegisterPerson(
                personId,
                new PersonName(
                        request.givenNames().strip(), request.familyName().strip()),
                request.dateOfBirth(),
                LocalDate.now(clock),
                actor));
        return ResponseEntity.created(URI.create("/api/people/" + personId)).body(new Created(personId.value()));
    }

    @Operation(summary = "Record a case note about a person")
    @PostMapping("/{personId}/case-notes")
    ResponseEntity<Created> recordCaseNote(
            @PathVariable String personId, @Valid @RequestBody CaseNoteRequest request, Actor actor) {
        String noteId = UUID.randomUUID().toString();
        commands.send(new RecordCaseNote(
                new PersonId(personId),
                noteId,
                request.occurredOn(),
                request.text().strip(),
                LocalDate.now(clock),
                actor));
        return ResponseEntity.created(URI.create("/api/people/" + personId + "/chronology"))
                .body(new Created(noteId));
    }
}
