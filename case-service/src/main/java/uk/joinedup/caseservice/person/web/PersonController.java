package uk.joinedup.caseservice.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.NamesPeople;
import uk.joinedup.caseservice.infrastructure.axon.Commands;
import uk.joinedup.caseservice.infrastructure.web.SearchLimits;
import uk.joinedup.caseservice.person.api.CorrectAgencyFact;
import uk.joinedup.caseservice.person.api.CorrectPersonDetails;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.RecordAgencyFact;
import uk.joinedup.caseservice.person.api.RecordDeath;
import uk.joinedup.caseservice.person.api.RegisterPerson;
import uk.joinedup.caseservice.person.api.RetractAgencyFact;
import uk.joinedup.caseservice.person.index.FindPossibleDuplicates;
import uk.joinedup.caseservice.person.index.PersonMatch;

@Tag(name = "People")
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final InvolvedAgencies involved;
    private final SearchLimits searches;

    PersonController(
            Commands commands, QueryGateway queries, Clock clock, InvolvedAgencies involved, SearchLimits searches) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.involved = involved;
        this.searches = searches;
    }

    @Operation(
            summary = "Register a person",
            description = "Refused (422, code identifier-already-registered, naming nobody) when a national identifier"
                    + " is already registered: ask for the possible duplicates to offer the existing record. The"
                    + " duplicate check is an identity search: logged, and counted against the searches a user may"
                    + " make in a minute (429 with Retry-After beyond).")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Created> register(@Valid @RequestBody PersonDetailsRequest request, Actor actor) {
        searches.admit(actor);
        PersonDetails details = request.toDetails();
        if (possibleDuplicates(details, actor).stream()
                .anyMatch(match -> !match.reason().equals("SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME"))) {
            throw new IdentifierAlreadyRegistered();
        }
        PersonId personId = new PersonId(UUID.randomUUID().toString());
        commands.send(new RegisterPerson(personId, details, today(), actor));
        return created("/api/people/" + personId, personId.value());
    }

    @Operation(
            summary = "Correct a person's details; the old details stay in the history",
            description = "Only for agencies involved with the person (who registered them, recorded something about"
                    + " them, or are on the team around their household); anyone else is answered 404 as for an"
                    + " unknown person.")
    @PostMapping("/{personId}/corrections")
    ResponseEntity<Void> correct(
            @PathVariable String personId, @Valid @RequestBody CorrectionRequest request, Actor actor) {
        involved.require(personId, actor);
        commands.send(new CorrectPersonDetails(
                new PersonId(personId),
                request.expectedVersion(),
                request.details().toDetails(),
                request.reason(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Record a person's death",
            description = "Only for agencies involved with the person; anyone else is answered 404 as for an unknown"
                    + " person.")
    @PostMapping("/{personId}/death")
    ResponseEntity<Void> recordDeath(
            @PathVariable String personId, @Valid @RequestBody DeathRequest request, Actor actor) {
        involved.require(personId, actor);
        commands.send(new RecordDeath(
                new PersonId(personId), request.expectedVersion(), request.dateOfDeath(), today(), actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Record a fact about a person as your agency",
            description = "The fact's type names a kind from GET /api/fact-types; your agency's kind must be allowed"
                    + " to record it, and people it names must be registered (422 person-not-registered). A"
                    + " term's attendance recorded again for the same academic year and term corrects the earlier"
                    + " record: the answer's id is that record's.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{personId}/facts")
    ResponseEntity<Created> recordFact(
            @PathVariable String personId, @Valid @RequestBody FactRequest request, Actor actor) {
        requireNamedPeopleRegistered(request.fact());
        FactId recorded = commands.send(new RecordAgencyFact(
                new PersonId(personId),
                new FactId(UUID.randomUUID().toString()),
                request.fact(),
                request.occurredOn(),
                today(),
                actor));
        return created("/api/people/" + personId, recorded.value());
    }

    @Operation(summary = "Correct a fact your agency recorded; the chronology shows the correction")
    @PostMapping("/{personId}/facts/{factId}/corrections")
    ResponseEntity<Void> correctFact(
            @PathVariable String personId,
            @PathVariable String factId,
            @Valid @RequestBody FactCorrectionRequest request,
            Actor actor) {
        requireNamedPeopleRegistered(request.fact());
        commands.send(new CorrectAgencyFact(
                new PersonId(personId),
                new FactId(factId),
                request.fact(),
                request.occurredOn(),
                request.reason(),
                today(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Retract a fact your agency recorded in error; it stays in the history, marked retracted")
    @PostMapping("/{personId}/facts/{factId}/retraction")
    ResponseEntity<Void> retractFact(
            @PathVariable String personId,
            @PathVariable String factId,
            @Valid @RequestBody ReasonRequest request,
            Actor actor) {
        commands.send(new RetractAgencyFact(new PersonId(personId), new FactId(factId), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    private List<PersonMatch> possibleDuplicates(PersonDetails details, Actor actor) {
        return queries.query(
                        new FindPossibleDuplicates(details, actor),
                        ResponseTypes.multipleInstancesOf(PersonMatch.class))
                .join();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ResponseEntity<Created> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new Created(id));
    }

    /** The id of what a request created. */
    record Created(String id) {}

    record CorrectionRequest(
            @NotNull(
                            message =
                                    "Send the version of the record you saw (expectedVersion, from GET /api/people/{personId})")
                    Long expectedVersion,
            @NotNull @Valid PersonDetailsRequest details,
            @NotBlank(message = "Enter the reason for the correction") @Size(max = 500) String reason) {}

    record DeathRequest(
            @NotNull(
                            message =
                                    "Send the version of the record you saw (expectedVersion, from GET /api/people/{personId})")
                    Long expectedVersion,
            @NotNull(message = "Enter the date of death")
                    @PastOrPresent(message = "The date of death must be today or in the past")
                    LocalDate dateOfDeath) {}

    /**
     * That a person exists is shown to every practitioner (the person index matches by name), so asking
     * before the record decides tells nothing new.
     */
    private void requireNamedPeopleRegistered(AgencyFact fact) {
        if (fact instanceof NamesPeople named) {
            for (String person : named.people()) {
                if (!Boolean.TRUE.equals(queries.query(new IsPersonRegistered(new PersonId(person)), Boolean.class)
                        .join())) {
                    throw new NamedPersonNotRegistered();
                }
            }
        }
    }

    record FactRequest(
            @NotNull(message = "Enter the date it happened")
                    @PastOrPresent(message = "The date must be today or in the past")
                    LocalDate occurredOn,
            @NotNull(message = "Choose what to record") @Valid AgencyFact fact) {}

    record FactCorrectionRequest(
            @NotNull(message = "Enter the date it happened")
                    @PastOrPresent(message = "The date must be today or in the past")
                    LocalDate occurredOn,
            @NotNull(message = "Send the corrected fact") @Valid AgencyFact fact,
            @NotBlank(message = "Enter the reason for the correction") @Size(max = 500) String reason) {}

    record ReasonRequest(@NotBlank(message = "Enter the reason") @Size(max = 500) String reason) {}
}
