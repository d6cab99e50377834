package uk.joinedup.caseservice.accesslog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.joinedup.caseservice.accesslog.AccessLogFilter;
import uk.joinedup.caseservice.accesslog.AccessLogPage;
import uk.joinedup.caseservice.accesslog.AccessLogSearch;
import uk.joinedup.caseservice.accesslog.ChainVerification;
import uk.joinedup.caseservice.accesslog.ChainVerifier;
import uk.joinedup.caseservice.accesslog.PeriodNotAllowed;

/**
 * The access log for information-governance officers (the security configuration lets no one else
 * reach it): a page of records, the same as CSV, and the verification of the chain. Periods are UK days, inclusive: by default the last 30 days, at most a
 * year.
 */
@Tag(name = "Access log")
@RestController
class AccessLogController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AccessLogSearch search;
    private final ChainVerifier verifier;
    private final Clock clock;

    AccessLogController(AccessLogSearch search, ChainVerifier verifier, Clock clock) {
        this.search = search;
        this.verifier = verifier;
        this.clock = clock;
    }

    @Operation(summary = "Views of people's and families' records and identity searches, newest first (IG officers)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessLogPage.class)))
    @ApiResponse(
            responseCode = "403",
            description = "not an information-governance officer",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/access-log")
    ResponseEntity<AccessLogPage> accessLog(
            @Parameter(description = "only views that showed this person's information") @RequestParam(required = false)
                    String person,
            @Parameter(description = "only views by this user") @RequestParam(required = false) String user,
            @Parameter(description = "only views by this agency's staff") @RequestParam(required = false) String agency,
            @Parameter(description = "first day (UK), by default 29 days before the last")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day (UK), by default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "records per page, at most " + MAX_PAGE_SIZE)
                    @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
                    int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new OutOfRange(
                    "page-out-of-range", "Pages are numbered from 1 and hold 1 to " + MAX_PAGE_SIZE + " records");
        }
        return ResponseEntity.ok(search.find(filter(person, user, agency, from, to), page, size));
    }

    @Operation(summary = "The same records as CSV, every page (IG officers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "403",
            description = "not an information-governance officer",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/access-log.csv")
    ResponseEntity<StreamingResponseBody> accessLogCsv(
            @Parameter(description = "only views that showed this person's information") @RequestParam(required = false)
                    String person,
            @Parameter(description = "only views by this user") @RequestParam(required = false) String user,
            @Parameter(description = "only views by this agency's staff") @RequestParam(required = false) String agency,
            @Parameter(description = "first day (UK), by default 29 days before the last")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day (UK), by default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        AccessLogFilter filter = filter(person, user, agency, from, to);
        StreamingResponseBody body = out -> {
            try (AccessLogCsv csv = new AccessLogCsv(out)) {
                search.forEach(filter, csv::write);
            }
        };
        String name = "access-log-" + filter.from() + "-to-" + filter.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @Operation(
            summary = "Walks the hash chain and reports the first broken link (IG officers)",
            description = "Checks every record from `from` (default 1) to `to` (default the end): present, its hash"
                    + " that of its content, its previous hash that of the record before. A long log can be"
                    + " checked in parts that meet.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChainVerification.class)))
    @ApiResponse(
            responseCode = "403",
            description = "not an information-governance officer",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/access-log/verification")
    ResponseEntity<ChainVerification> accessLogVerification(
            @Parameter(description = "first sequence number to check") @RequestParam(defaultValue = "1") long from,
            @Parameter(description = "last sequence number to check; by default the end of the chain")
                    @RequestParam(required = false)
                    Long to) {
        long last = to != null ? to : Long.MAX_VALUE;
        if (from < 1 || last < from) {
            throw new OutOfRange("part-out-of-range", "Sequence numbers start at 1, and a part ends after it starts");
        }
        return ResponseEntity.ok(verifier.verify(from, last));
    }

    @ExceptionHandler(PeriodNotAllowed.class)
    ResponseEntity<ProblemDetail> periodNotAllowed(PeriodNotAllowed refused) {
        return badRequest(refused.code(), refused.getMessage());
    }

    @ExceptionHandler(OutOfRange.class)
    ResponseEntity<ProblemDetail> outOfRange(OutOfRange refused) {
        return badRequest(refused.code, refused.getMessage());
    }

    private AccessLogFilter filter(String person, String user, String agency, LocalDate from, LocalDate to) {
        return AccessLogFilter.of(
                person, user, agency, from, to, clock.instant().atZone(UK).toLocalDate());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("code", code);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A page or part of the chain that cannot exist. */
    private static final class OutOfRange extends RuntimeException {

        private final String code;

        OutOfRange(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
