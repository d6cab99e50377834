package uk.joinedup.caseservice.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.index.FamiliesFound;
import uk.joinedup.caseservice.family.index.FindFamilies;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.infrastructure.web.SearchLimits;

/** Finding families by their name, a member's name or a member's postcode; paged. */
@Tag(name = "Families")
@RestController
class FamilySearchController {

    private static final int LONGEST_TEXT = 200;

    private final QueryGateway queries;
    private final SearchLimits searches;

    FamilySearchController(QueryGateway queries, SearchLimits searches) {
        this.queries = queries;
        this.searches = searches;
    }

    @Operation(
            summary = "Find families by their name, a member's name or a member's postcode; logged, and limited"
                    + " per user per minute (429 with Retry-After)",
            description = "Every word of the name (but \"family\" and \"household\") must match a word of the"
                    + " family's name, or of one current member's current or previous names: exactly, as its"
                    + " start or by sound (Double Metaphone). Families found by their own"
                    + " name come first, then those found by a member's; each ranked more exact words first,"
                    + " then more starts, then sounds-alike, ties in name order. A postcode (whole, sector or"
                    + " district) narrows the search to families with a member living there, or is searched"
                    + " alone. 50 families a page.")
    @ApiResponse(
            responseCode = "400",
            description = "no name and no postcode, or a postcode that is not one",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/families")
    FamiliesFound find(
            @Parameter(description = "words of the family's name or a member's name") @RequestParam(required = false)
                    String name,
            @Parameter(description = "a member's postcode: whole (SO14 0PB), sector (SO14 0) or district (SO14)")
                    @RequestParam(required = false)
                    String postcode,
            @Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") int page,
            Actor viewer) {
        check(name, postcode, page);
        searches.admit(viewer);
        return queries.query(
                        new FindFamilies(blank(name) ? null : name, blank(postcode) ? null : postcode, page, viewer),
                        FamiliesFound.class)
                .join();
    }

    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields invalid) {
        return invalid.problem();
    }

    private static void check(String name, String postcode, int page) {
        List<Map<String, String>> errors = new ArrayList<>();
        boolean byName = !blank(name) && !FindFamilies.words(name).isEmpty();
        if (!blank(name) && name.length() > LONGEST_TEXT) {
            errors.add(InvalidFields.error("name", "Name must be " + LONGEST_TEXT + " characters or fewer"));
        } else if (!blank(name) && !byName) {
            errors.add(InvalidFields.error("name", "Enter a name, not only \"family\""));
        }
        if (!blank(postcode)
                && (postcode.length() > LONGEST_TEXT
                        || Postcodes.searchKeys(postcode).isEmpty())) {
            errors.add(
                    InvalidFields.error("postcode", "Enter a postcode, like SO14 0PB, or the start of one, like SO14"));
        }
        if (page < 1) {
            errors.add(InvalidFields.error("page", "Pages are numbered from 1"));
        }
        if (errors.isEmpty() && blank(name) && blank(postcode)) {
            errors.add(InvalidFields.error("name", "Enter the family's name, a member's name or a postcode"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
