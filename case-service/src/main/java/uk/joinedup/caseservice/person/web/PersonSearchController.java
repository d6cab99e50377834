package uk.joinedup.caseservice.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.web.SearchLimits;
import uk.joinedup.caseservice.person.index.FindPeople;
import uk.joinedup.caseservice.person.index.FindPossibleDuplicates;
import uk.joinedup.caseservice.person.index.PersonMatch;

/**
 * Finding people through the person index: by name or identifier, and the duplicates of a new person.
 * Every search is logged (by the index) and counted against the searches a user may make in a minute.
 */
@Tag(name = "People")
@RestController
@RequestMapping("/api/people")
class PersonSearchController {

    private final QueryGateway queries;
    private final SearchLimits searches;

    PersonSearchController(QueryGateway queries, SearchLimits searches) {
        this.queries = queries;
        this.searches = searches;
    }

    @Operation(
            summary = "Find people by family name (and optionally given names and date of birth), or by a"
                    + " national identifier; logged, and limited per user per minute (429 with Retry-After)")
    @GetMapping
    List<PersonMatch> find(
            @RequestParam(required = false) String familyName,
            @RequestParam(required = false) String givenNames,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) String identifier,
            Actor viewer) {
        searches.admit(viewer);
        return queries.query(
                        new FindPeople(familyName, givenNames, dateOfBirth, identifier, viewer),
                        ResponseTypes.multipleInstancesOf(PersonMatch.class))
                .join();
    }

    @Operation(
            summary = "People already registered who may be this person (same identifier, or same date of"
                    + " birth and a similar name); logged, and limited per user per minute (429 with Retry-After)")
    @PostMapping("/possible-duplicates")
    List<PersonMatch> possibleDuplicates(@Valid @RequestBody PersonDetailsRequest request, Actor viewer) {
        searches.admit(viewer);
        return queries.query(
                        new FindPossibleDuplicates(request.toDetails(), viewer),
                        ResponseTypes.multipleInstancesOf(PersonMatch.class))
                .join();
    }
}
