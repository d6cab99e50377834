package uk.joinedup.caseservice.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.imports.api.GetRowsToReview;
import uk.joinedup.caseservice.imports.api.RowsToReview;
import uk.joinedup.caseservice.imports.extracts.ExtractRefused;
import uk.joinedup.caseservice.imports.extracts.ExtractType;
import uk.joinedup.caseservice.imports.extracts.ExtractTypes;
import uk.joinedup.caseservice.imports.job.ImportConflict;
import uk.joinedup.caseservice.imports.job.ImportJob;
import uk.joinedup.caseservice.imports.job.Imports;
import uk.joinedup.caseservice.infrastructure.web.CsvTables;

/** An agency's data officers: upload extracts, read their dry runs, import them, and decide rows to review. */
@Tag(name = "Data imports")
@RestController
@RequestMapping("/api/imports")
@Validated
class ImportController {

    private final Imports imports;
    private final ExtractTypes types;
    private final QueryGateway queries;

    ImportController(Imports imports, ExtractTypes types, QueryGateway queries) {
        this.imports = imports;
        this.types = types;
        this.queries = queries;
    }

    @Operation(summary = "The extract types, each with its columns documented (data officers)")
    @GetMapping("/extract-types")
    List<ExtractTypeView> extractTypes(Actor viewer) {
        return types.all().stream()
                .map(type -> ExtractTypeView.of(type, viewer))
                .toList();
    }

    @Operation(
            summary = "Upload an extract (CSV, UTF-8, headings in the first row; up to 20 MB) and start its dry run"
                    + " (data officers)",
            description = "The whole file is read first: a file that cannot be read is refused whole (400, the"
                    + " reason under errors, field file) and nothing of it is kept. The dry run then matches each"
                    + " row off the request: follow it at GET /api/imports/{importId}. Nothing is recorded until"
                    + " the import is started.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", format = "binary"))))
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping
    UploadAccepted upload(
            @RequestParam String extractType,
            @RequestParam @NotBlank @Size(max = 200) String fileName,
            HttpServletRequest request,
            Actor actor)
            throws IOException {
        ExtractType type = types.find(extractType)
                .orElseThrow(() -> new Refused("extractType", "Select one of the extract types"));
        if (!type.recordableBy(actor.agencyKind())) {
            throw new Refused(
                    "extractType",
                    "Your agency does not record " + type.name().toLowerCase()
                            + ": choose an extract your agency holds");
        }
        byte[] file = request.getInputStream().readAllBytes();
        try {
            return new UploadAccepted(imports.upload(type, fileName.strip(), new ByteArrayInputStream(file), actor));
        } catch (ExtractRefused refused) {
            throw new Refused("file", refused.getMessage());
        }
    }

    @Operation(summary = "Your agency's imports, newest first (data officers)")
    @GetMapping
    List<ImportSummary> list(Actor viewer) {
        return imports.of(viewer).stream()
                .map(job -> ImportSummary.of(job, types))
                .toList();
    }

    @Operation(summary = "One of your agency's imports: where it is, the time left, and its dry run's report")
    @GetMapping("/{importId}")
    ImportView one(@PathVariable String importId, Actor viewer) {
        ImportJob job = imports.find(importId, viewer);
        return ImportView.of(
                job,
                types.nameOf(job.extractType()),
                imports.secondsLeft(job).map(Math::toIntExact).orElse(null),
                imports.importedAfterReview(job));
    }

    @Operation(summary = "The dry run's report, every row not imported as matched, as CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/{importId}/report.csv")
    ResponseEntity<String> report(@PathVariable String importId, Actor viewer) {
        ImportJob job = imports.find(importId, viewer);
        List<List<Object>> rows = new ArrayList<>();
        imports.report(job)
                .forEach(line -> rows.add(List.of(
                        line.row(), line.outcome(), CsvTables.cell(line.column()), CsvTables.cell(line.reason()))));
        return CsvTables.download(
                "import-report-" + job.importId() + ".csv",
                CsvTables.write(List.of("Row", "Outcome", "Column", "Reason"), rows));
    }

    @Operation(
            summary = "Import the rows of a finished dry run (data officers)",
            description = "Once: 409 if the dry run has not finished or the import was started already.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{importId}/start")
    void start(@PathVariable String importId, Actor actor) {
        imports.start(importId, actor);
    }

    @Operation(
            summary = "Discard the file of a finished dry run instead of importing it (data officers)",
            description = "Nothing is recorded and the rows the dry run staged are forgotten. 409 if the dry run has"
                    + " not finished, or the import was started or discarded already.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{importId}/discard")
    void discard(@PathVariable String importId, Actor actor) {
        imports.discard(importId, actor);
    }

    @Operation(summary = "The rows of your agency's imports that wait for you to decide who they are about")
    @GetMapping("/review")
    RowsToReview review(Actor viewer) {
        return queries.query(new GetRowsToReview(viewer), RowsToReview.class).join();
    }

    @Operation(
            summary = "Decide a row to review: who it is about (MATCH with their person id), a new person"
                    + " (NEW_PERSON, for extract types that register people), or SKIP",
            description = "Once: 409 if someone decided it already. 422 if the person's record refuses the fact.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{importId}/rows/{row}/decision")
    void decide(
            @PathVariable String importId,
            @PathVariable int row,
            @Valid @RequestBody RowDecisionRequest request,
            Actor actor) {
        imports.decide(importId, row, request.decision(), request.personId(), actor);
    }

    @ExceptionHandler(ImportConflict.class)
    ResponseEntity<ProblemDetail> conflict(ImportConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", refused.field, "message", refused.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    /** An upload refused, and the field it is refused for. */
    static final class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** The id of the import an upload started. */
    record UploadAccepted(String importId) {}
}
