package uk.joinedup.caseservice.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.search.NameMatching;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.infrastructure.web.SearchLimits;
import uk.joinedup.caseservice.person.index.FindPeople;
import uk.joinedup.caseservice.person.index.FindPossibleDuplicates;
import uk.joinedup.caseservice.person.index.PeopleFound;
import uk.joinedup.caseservice.person.index.PersonMatch;

/**
 * Finding people through the person index: by name, date of birth, postcode or identifier, and the
 * duplicates of a new person. Every search is logged (by the index) and counted against the searches a
 * user may make in a minute.
 */
@Tag(name = "People")
@RestController
@RequestMapping("/api/people")
class PersonSearchController {

    private static final int LONGEST_TEXT = 200;

    private final QueryGateway queries;
    private final SearchLimits searches;

    PersonSearchController(QueryGateway queries, SearchLimits searches) {
        this.queries = queries;
        this.searches = searches;
    }

    @Operation(
            summary = "Find people by any part of their names, date of birth, postcode or a national identifier;"
                    + " logged, and limited per user per minute (429 with Retry-After)",
            description = "Every word of the name must match a word of the person's current or previous names:"
                    + " exactly, as its start (\"Jon\" finds Jonathan; a word of one or two letters finds names by itself only when it is the whole name) or by sound (Double"
                    + " Metaphone: \"Smyth\" finds Smith). Ranked: more exact words first, then more starts, then"
                    + " sounds-alike; ties in name order (family name first). Date of birth, year of birth and"
                    + " postcode narrow a search by name; a date of birth or postcode may also be searched alone."
                    + " An identifier (NHS number, National Insurance number or UPN) finds its person and the rest"
                    + " is ignored. 50 people a page. Identity only (ADR 6).")
    @ApiResponse(
            responseCode = "400",
            description = "nothing to search by, a year without a name or postcode, or a postcode that is not one",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    PeopleFound find(
            @Parameter(description = "words of the person's names, in any order") @RequestParam(required = false)
                    String name,
            @Parameter(description = "older form of a name search: its words are searched as name words")
                    @RequestParam(required = false)
                    String familyName,
            @Parameter(description = "older form of a name search: its words are searched as name words")
                    @RequestParam(required = false)
                    String givenNames,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @Parameter(description = "narrows a search by name or postcode") @RequestParam(required = false)
                    Integer yearOfBirth,
            @Parameter(description = "a whole postcode (SO14 0PB), a sector (SO14 0) or a district (SO14)")
                    @RequestParam(required = false)
                    String postcode,
            @Parameter(description = "an NHS number, National Insurance number or UPN") @RequestParam(required = false)
                    String identifier,
            @Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") int page,
            Actor viewer) {
        String words = Stream.of(name, givenNames, familyName)
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" "));
        check(words, dateOfBirth, yearOfBirth, postcode, identifier, page);
        searches.admit(viewer);
        return queries.query(
                        new FindPeople(
                                words.isBlank() ? null : words,
                                dateOfBirth,
                                yearOfBirth,
                                blank(postcode) ? null : postcode,
                                blank(identifier) ? null : identifier,
                                page,
                                viewer),
                        PeopleFound.class)
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

    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields invalid) {
        return invalid.problem();
    }

    private static void check(
            String words, LocalDate dateOfBirth, Integer yearOfBirth, String postcode, String identifier, int page) {
        List<Map<String, String>> errors = new ArrayList<>();
        boolean byName = !NameMatching.words(words).isEmpty();
        if (words.length() > LONGEST_TEXT) {
            errors.add(InvalidFields.error("name", "Name must be " + LONGEST_TEXT + " characters or fewer"));
        } else if (!words.isBlank() && !byName) {
            errors.add(InvalidFields.error("name", "Name must include letters"));
        }
        if (!blank(postcode)
                && (postcode.length() > LONGEST_TEXT
                        || Postcodes.searchKeys(postcode).isEmpty())) {
            errors.add(
                    InvalidFields.error("postcode", "Enter a postcode, like SO14 0PB, or the start of one, like SO14"));
        }
        if (!blank(identifier) && identifier.length() > LONGEST_TEXT) {
            errors.add(
                    InvalidFields.error("identifier", "Identifier must be " + LONGEST_TEXT + " characters or fewer"));
        }
        if (yearOfBirth != null && (yearOfBirth < 1900 || yearOfBirth > 2199)) {
            errors.add(InvalidFields.error("yearOfBirth", "Year of birth must be a year like 1990"));
        } else if (yearOfBirth != null && !byName && blank(postcode) && blank(identifier) && dateOfBirth == null) {
            errors.add(InvalidFields.error("name", "Enter a name or postcode to search with the year of birth"));
        }
        if (page < 1) {
            errors.add(InvalidFields.error("page", "Pages are numbered from 1"));
        }
        if (errors.isEmpty() && !byName && blank(postcode) && blank(identifier) && dateOfBirth == null) {
            errors.add(InvalidFields.error("name", "Enter a name, date of birth, postcode or identifier"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
