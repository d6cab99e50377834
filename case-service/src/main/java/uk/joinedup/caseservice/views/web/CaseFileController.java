package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.views.casefile.ChronologyFilter;
import uk.joinedup.caseservice.views.casefile.ChronologyPage;
import uk.joinedup.caseservice.views.casefile.FamilyView;
import uk.joinedup.caseservice.views.casefile.GetFamily;
import uk.joinedup.caseservice.views.casefile.GetPerson;
import uk.joinedup.caseservice.views.casefile.PersonView;

@Tag(name = "Case file")
@RestController
class CaseFileController {

    private static final String CHRONOLOGY_PAGE =
            "which page of the chronology (newest first, after the filter) to carry, from 1";
    private static final String CHRONOLOGY_PAGE_SIZE =
            "chronology entries a page, 0 (the counts only) to " + ChronologyPage.MAX_SIZE;

    private final QueryGateway queries;

    CaseFileController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary =
                    "A person's details, families and one page of their chronology (newest first), as you may see them")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @GetMapping("/api/people/{personId}")
    ResponseEntity<?> person(
            @PathVariable String personId,
            @Parameter(description = "show the record as it stood at the end of this date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asAt,
            @Parameter(description = "only entries this agency recorded") @RequestParam(required = false) String agency,
            @Parameter(description = "only entries of this category") @RequestParam(required = false)
                    InformationCategory category,
            @Parameter(description = CHRONOLOGY_PAGE) @RequestParam(defaultValue = "1") int page,
            @Parameter(description = CHRONOLOGY_PAGE_SIZE) @RequestParam(defaultValue = "" + ChronologyPage.MAX_SIZE)
                    int pageSize,
            Actor viewer) {
        if (!ChronologyPage.valid(page, pageSize)) {
            return pageOutOfRange();
        }
        Optional<PersonView> view = queries.query(
                        new GetPerson(personId, viewer, asAt, filter(agency, category), page, pageSize),
                        ResponseTypes.optionalInstanceOf(PersonView.class))
                .join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(asAt));
    }

    @Operation(
            summary =
                    "A family's household, case, team, plan and one page of its chronology (newest first), as you may see them")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @GetMapping("/api/families/{familyId}")
    ResponseEntity<?> family(
            @PathVariable String familyId,
            @Parameter(description = "show the family as it stood at the end of this date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asAt,
            @Parameter(description = "only entries this agency recorded") @RequestParam(required = false) String agency,
            @Parameter(description = "only entries of this category") @RequestParam(required = false)
                    InformationCategory category,
            @Parameter(description = CHRONOLOGY_PAGE) @RequestParam(defaultValue = "1") int page,
            @Parameter(description = CHRONOLOGY_PAGE_SIZE) @RequestParam(defaultValue = "" + ChronologyPage.MAX_SIZE)
                    int pageSize,
            Actor viewer) {
        if (!ChronologyPage.valid(page, pageSize)) {
            return pageOutOfRange();
        }
        Optional<FamilyView> view = queries.query(
                        new GetFamily(familyId, viewer, asAt, filter(agency, category), page, pageSize),
                        ResponseTypes.optionalInstanceOf(FamilyView.class))
                .join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(asAt));
    }

    private static ChronologyFilter filter(String agency, InformationCategory category) {
        return new ChronologyFilter(agency == null || agency.isBlank() ? null : new AgencyId(agency), category);
    }

    private static ResponseEntity<ProblemDetail> pageOutOfRange() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Chronology pages are numbered from 1 and hold 0 to " + ChronologyPage.MAX_SIZE + " entries");
        problem.setTitle("Invalid request");
        problem.setProperty("code", "page-out-of-range");
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<ProblemDetail> notFound(LocalDate asAt) {
        String detail = asAt == null ? "No such record" : "Nothing had been recorded by " + asAt;
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail));
    }
}
